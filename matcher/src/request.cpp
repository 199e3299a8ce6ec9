#include "request.hpp"

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

// How Russian NGOs state an intention or a need (folded; prefixes of word forms).
const std::string_view markers[] = {"хотим", "хотели бы", "хотелось бы", "хочется", "хочу", "нужн", " надо ",
                                    "ищем", " ищу ", "планируем", "мечтаем", "собираемся", "готовы", "интересу",
                                    "просим", "задача"};

bool is_request(const std::string& folded) {
  for (auto m : markers)
    if (folded.find(m) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string request_sentences(std::string_view problem) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= problem.size(); ++i) {
    if (i < problem.size() && problem[i] != '.' && problem[i] != '!' && problem[i] != '?' && problem[i] != ';' &&
        problem[i] != '\n')
      continue;
    const std::string_view sentence = text::trim(problem.substr(start, i - start));
    start = i + 1;
    if (sentence.empty() || !is_request(" " + text::fold(sentence) + " ")) continue;
    if (!out.empty()) out += ' ';
    out += sentence;
  }
  return out;
}

}  // namespace practice
