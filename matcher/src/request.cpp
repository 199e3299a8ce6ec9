#include "request.hpp"

#include <algorithm>

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

// How Russian NGOs state an intention or a need (folded; prefixes of word forms).
const std::string_view markers[] = {"хотим", "хотели бы", "хотелось бы", "хочется", "хочу", " хотят", "нужн", " надо ",
                                    "ищем", " ищу ", "планируем", "мечтаем", "собираемся", "готовы", "интересу",
                                    "просим", "задача", "не хватает", "посоветуйте", "подскажите"};

// «не» as the word right before a marker or one word earlier: «реабилитация не нужна», «мужики
// не хотят», «детей лечить — не наша задача». A word ending in «не» is not it: «мне нужна модель».
bool negated(std::string_view before) {
  const auto is_ne = [](std::string_view s) { return s == "не" || s.ends_with(" не"); };
  before = text::trim(before);
  if (is_ne(before)) return true;
  const auto space = before.rfind(' ');
  return space != std::string_view::npos && is_ne(before.substr(0, space));
}

// A marker counts unless negated.
bool is_request(const std::string& folded) {
  for (auto m : markers)
    for (auto at = folded.find(m); at != std::string::npos; at = folded.find(m, at + 1))
      if (!negated(std::string_view(folded).substr(0, at))) return true;
  return false;
}

// «Люди есть: тьюторы готовы работать в выходные» lists what the NGO has, though «готовы» reads
// as intent: a sentence whose first words say that something is had.
bool lists_what_is_had(std::string_view folded_sentence) {
  const auto colon = folded_sentence.find(':');
  if (colon == std::string_view::npos) return false;
  const auto head = text::trim(folded_sentence.substr(0, colon));
  return head.ends_with(" есть") && std::count(head.begin(), head.end(), ' ') <= 3;
}

// "Реабилитация у нас по ОМС есть — нам нужно про маму": the part that says what the NGO already
// has is not part of the request.
bool states_what_is_had(const std::string& folded) {
  return folded.find(" есть ") != std::string::npos &&
         (folded.find(" у нас ") != std::string::npos || folded.find(" уже ") != std::string::npos);
}

// Where a sentence turns from one statement to the next: dashes as typed, a colon, «, а», «, но».
constexpr std::string_view clause_breaks[] = {" — ", " – ", " - ", ": ", ", а ", ", но "};

// The clauses of a request sentence without those saying what is already had.
std::string requested_parts(std::string_view sentence) {
  std::string out;
  std::size_t start = 0;
  while (start <= sentence.size()) {
    std::size_t end = std::string_view::npos, next = std::string_view::npos;
    for (auto b : clause_breaks)
      if (const auto at = sentence.find(b, start); at < end) {
        end = at;
        next = at + b.size();
      }
    const std::string_view part = sentence.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const std::string folded = " " + text::fold(part) + " ";
    if (is_request(folded) || !states_what_is_had(folded)) out += (out.empty() ? "" : " ") + std::string(text::trim(part));
    if (end == std::string_view::npos) break;
    start = next;
  }
  return out;
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
    if (sentence.empty()) continue;
    const std::string folded = " " + text::fold(sentence) + " ";
    if (!is_request(folded) || lists_what_is_had(folded)) continue;
    if (!out.empty()) out += ' ';
    out += requested_parts(sentence);
  }
  return out;
}

}  // namespace practice
