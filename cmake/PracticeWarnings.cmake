# A PRIVATE interface target carrying the project's warnings and sanitizer flags.
add_library(practice_warnings INTERFACE)
target_compile_options(practice_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wno-missing-field-initializers)
if(PRACTICE_WERROR)
  target_compile_options(practice_warnings INTERFACE -Werror)
endif()
if(PRACTICE_SANITIZE)
  # Applied globally so that every target, tests and the Python module included, agree on the runtime.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(PRACTICE_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PRACTICE_BUILD_FUZZERS needs clang (libFuzzer): CXX=clang++ cmake ...")
  endif()
  # Every library is instrumented for coverage-guided fuzzing, with ASan and UBSan.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
