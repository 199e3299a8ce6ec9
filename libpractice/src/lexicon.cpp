#include "lexicon.hpp"

#include <practice/text/normalize.hpp>

namespace practice::detail {

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
