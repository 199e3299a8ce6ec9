#pragma once
/// @file normalize.hpp
/// Normalisation shared by the analyzer, the template parser and the region table.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace practice::text {

/// NFKC with case folding (drops soft hyphens), ё→е, dash variants → '-', NBSP → space.
/// Used wherever two spellings must compare equal.
std::string fold(std::string_view utf8);

/// fold() of text in ASCII, the Russian alphabet, «» “”„, dashes and no-break spaces (the common
/// case), with the dashes and no-break spaces left as they are so that every byte keeps its
/// offset; nothing for other text. Lets a search in folded text point into the original.
std::optional<std::string> fold_keeping_offsets(std::string_view utf8);

/// Capitalised form (NFKC + upper case + ё→Е), used for abbreviation terms.
std::string upper(std::string_view utf8);

/// Trims ASCII and Unicode white space at both ends.
std::string_view trim(std::string_view s);

/// Whether folded text holds any of the phrases (folded stems or phrases: «измеренн», «нет денег»).
bool contains_any(std::string_view folded, std::initializer_list<std::string_view> phrases);

}  // namespace practice::text
