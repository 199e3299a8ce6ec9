#include "lexicon.hpp"

#include <cstdint>

#include <practice/text/normalize.hpp>

namespace practice::detail {

std::string fingerprint(std::string_view file) {
  std::uint64_t h = 14695981039346656037ull;
  for (auto line : data_lines(file)) {
    for (unsigned char c : line) h = (h ^ c) * 1099511628211ull;
    h = (h ^ '\n') * 1099511628211ull;
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (int shift = 60; shift >= 0; shift -= 4) out += hex[(h >> shift) & 0xF];
  return out;
}

std::vector<std::string_view> data_lines(std::string_view file) {
  std::vector<std::string_view> lines;
  while (!file.empty()) {
    const auto nl = file.find('\n');
    std::string_view line = file.substr(0, nl);
    file = nl == std::string_view::npos ? std::string_view{} : file.substr(nl + 1);
    line = text::trim(line);
    if (!line.empty() && line.front() != '#') lines.push_back(line);
  }
  return lines;
}

const Lexicon& russian_lexicon() {
  static const Lexicon lexicon = [] {
    Lexicon l;
    for (auto line : data_lines(embedded_stopwords_ru)) l.stopwords.insert(text::fold(line));
    for (auto line : data_lines(embedded_abbreviations)) {
      const bool caps_only = line.back() == '*';
      if (caps_only) line.remove_suffix(1);
      l.abbreviations.emplace(text::fold(line), caps_only);
    }
    return l;
  }();
  return lexicon;
}

}  // namespace practice::detail
