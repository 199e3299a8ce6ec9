#include <practice/utf8.hpp>

#include <algorithm>

#include <unicode/utf8.h>

namespace practice {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);  // ICU's validating decoder: c < 0 on ill-formed input
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace practice
