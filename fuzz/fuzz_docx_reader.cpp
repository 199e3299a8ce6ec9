// libFuzzer entry point: see targets.hpp.
#include <cstddef>
#include <cstdint>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  practice::fuzz::docx_reader({reinterpret_cast<const char*>(data), size});
  return 0;
}
