// libFuzzer entry point: see targets.hpp.
#include <cstddef>
#include <cstdint>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  practice::fuzz::json_loader({reinterpret_cast<const char*>(data), size});
  return 0;
}
