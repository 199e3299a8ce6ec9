#pragma once
/// @file utf8.hpp
/// UTF-8 checks used by every reader before text reaches ICU or the index.

#include <cstddef>
#include <optional>
#include <string_view>

namespace practice {

/// Byte offset of the first ill-formed UTF-8 sequence, or nullopt if `text` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// 1-based line number of a byte offset (counts '\n' before it).
std::size_t line_of_offset(std::string_view text, std::size_t offset);

}  // namespace practice
