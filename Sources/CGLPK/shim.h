// The GLPK C API (Debian's libglpk-dev, GLPK 5.0). Only GLPKBackend imports this module.
#include <glpk.h>
