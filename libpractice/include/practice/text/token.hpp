#pragma once
/// @file token.hpp

#include <cstddef>
#include <cstdint>
#include <string>

namespace practice::text {

/// What kind of term a token carries.
enum class TokenKind : std::uint8_t {
  word,          ///< a stemmed word
  number,        ///< digits, kept as written
  abbreviation,  ///< a protected abbreviation (РАС, ДЦП), kept unstemmed in capitals
  compound,      ///< the joined form of a hyphenated compound; spans its parts
  stop,          ///< a stop word: not indexed, but keeps its position
};

/// One analysed token. `begin`/`end` are byte offsets into the original text.
struct Token {
  std::string term;  ///< index term: stem, number, abbreviation or compound
  std::string word;  ///< the folded, unstemmed word (for spelling and display)
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t position = 0;
  std::uint32_t position_length = 1;
  TokenKind kind = TokenKind::word;
  bool operator==(const Token&) const = default;
};

}  // namespace practice::text
