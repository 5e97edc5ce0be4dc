/// The report page's style sheet and its one script, inline so the page needs nothing else.
enum PageStyle {
    /// Screen and print styles.
    ///
    /// Print drops the slider's section (paper cannot move it; the allocation and frontier tables
    /// above hold the same figures) and the folded paragraphs, keeps the four headline figures on
    /// one line and table headers on every page, and leaves the paper size to the printer, so A4
    /// and Letter both fit: the content is narrower than either page less its margins.
    static let css = """

        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color: #1a1a1a; background: white; max-width: 980px; margin: 24px auto; padding: 0 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #0072B2; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .meta, .note { color: #555; font-size: 12.5px; }
        .status { font-weight: 600; }
        .status-infeasible, .status-no_solution, .status-interrupted, .problem { color: #A33F00; }
        .why { border-left: 4px solid #E69F00; padding: 4px 10px; background: #FFF8EB; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 10px; }
        .card { flex: 1 1 160px; border: 1px solid #d0d0d0; border-radius: 6px; padding: 10px 14px; }
        .card .figure { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
        .card .label { color: #555; font-size: 12.5px; }
        table { border-collapse: collapse; width: 100%; font-size: 12.5px; margin: 8px 0; }
        th, td { padding: 3px 7px; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
        thead th { background: #f2f2f2; border-bottom: 1px solid #bbb; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.unfunded td { color: #777; }
        tr.current td { font-weight: 600; background: #EEF5FA; }
        tr.gain td { background: #E3F0F8; }
        tr.loss td { background: #FBEBDD; }
        #level-totals, #level-table { width: auto; min-width: 50%; }
        #level-totals th { font-weight: normal; color: #555; background: none; }
        #level-control { display: flex; align-items: center; gap: 12px; margin: 10px 0; }
        #level-control[hidden] { display: none; }
        #level-input { flex: 1; }
        #level-output { font-weight: 600; min-width: 9em; }
        figure { margin: 8px 0; }
        svg { max-width: 100%; height: auto; }
        ul.reasons li { margin: 4px 0; }
        details summary { color: #0072B2; cursor: pointer; font-size: 12.5px; }
        footer { margin-top: 36px; border-top: 1px solid #ccc; }
        @page { margin: 14mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 11px; }
          .no-print, #levels, details { display: none; }
          .card { flex: 1 1 100px; padding: 6px 10px; }
          .card .figure { font-size: 20px; }
          h2 { break-after: avoid; }
          figure, tr, .card { break-inside: avoid; }
          thead { display: table-header-group; }
          table { font-size: 10.5px; }
        }

        """

    /// The budget slider.
    ///
    /// It only shows text the page already carries as data (`#allot-levels`):
    /// the level from the slider or from `#budget=…` in the address, its totals, and each
    /// mentor's slots against the current budget. It is written without `<` or `&`, which keeps
    /// the page well-formed XML as well as HTML.
    static let script = """

        (function () {
          var source = document.getElementById('allot-levels');
          if (!source) { return; }
          var data = JSON.parse(source.textContent);
          var input = document.getElementById('level-input');
          var section = document.getElementById('levels');
          var current = data.levels[data.current];
          function signed(d) { return d > 0 ? '+' + d : d === 0 ? '' : '\\u2212' + (-d); }
          function show(index) {
            var level = data.levels[index];
            input.value = String(index);
            section.setAttribute('data-budget', level.amountText);
            document.getElementById('level-output').textContent = level.budget;
            ['budget', 'status', 'scholars', 'value', 'spent', 'unspent'].forEach(function (key) {
              document.getElementById('level-' + key).textContent = level[key];
            });
            document.getElementById('level-why').textContent = level.why;
            var gains = [], losses = [];
            data.mentors.forEach(function (id, m) {
              var row = section.querySelector('tr[data-mentor="' + CSS.escape(id) + '"]');
              var now = level.slots ? level.slots[m] : null;
              var delta = now === null ? null : now - current.slots[m];
              row.querySelector('.level-slots').textContent = now === null ? '-' : String(now);
              row.querySelector('.level-change').textContent = delta === null ? '-' : signed(delta);
              row.className = delta > 0 ? 'gain' : delta === null || delta === 0 ? '' : 'loss';
              if (delta > 0) { gains.push(id + ' ' + signed(delta)); }
              if (delta !== null) { if (0 > delta) { losses.push(id + ' ' + signed(delta)); } }
            });
            var text;
            if (index === data.current) { text = 'This is the current budget.'; }
            else if (!level.slots) { text = 'No allocation at this level.'; }
            else {
              text = 'Against the current budget: ' + (gains.length ? 'gain ' + gains.join(', ') : 'nobody gains') +
                '; ' + (losses.length ? 'lose ' + losses.join(', ') : 'nobody loses') + '.';
            }
            document.getElementById('level-changes').textContent = text;
          }
          function fromAddress() {
            var match = /budget=([0-9.eE+]+)/.exec(window.location.hash);
            if (!match) { return data.current; }
            var wanted = parseFloat(match[1]), best = data.current, distance = Infinity;
            data.levels.forEach(function (level, index) {
              var d = Math.abs(level.amount - wanted);
              if (distance > d) { best = index; distance = d; }
            });
            return best;
          }
          input.addEventListener('input', function () {
            var index = Number(input.value);
            show(index);
            history.replaceState(null, '', '#budget=' + data.levels[index].amountText);
          });
          window.addEventListener('hashchange', function () { show(fromAddress()); });
          document.getElementById('level-control').hidden = false;
          show(fromAddress());
        })();

        """
}
