// Default sanitizer options baked into every program of a CONCORD_SANITIZE build, so that ctest, the
// build-time doctest discovery and a developer's shell all behave alike without exporting
// ASAN_OPTIONS/UBSAN_OPTIONS. The environment still overrides them.
//   detect_leaks=1           our code must not leak; ICU and Hunspell keep their caches reachable, not leaked
//   halt_on_error / abort    the first report fails the test instead of scrolling past
//   print_stacktrace         UBSan prints where, not only what
extern "C" const char* __asan_default_options() {
  return "detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_"
         "return=1:"
         "check_initialization_order=1";
}

extern "C" const char* __ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }
