#include "quotes.hpp"

#include <algorithm>
#include <set>

#include <practice/text/analyzer.hpp>
#include <practice/text/normalize.hpp>

namespace practice {
namespace {

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool end = text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                                         (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
    if (end || i + 1 == text.size()) {
      auto s = std::string(text::trim(std::string_view(text).substr(start, i + 1 - start)));
      if (s.size() > 20) out.push_back(std::move(s));
      start = i + 1;
    }
  }
  return out;
}

const text::Analyzer& analyzer() {
  thread_local const text::Analyzer a = text::Analyzer::russian();  // not thread-safe: one per thread
  return a;
}

}  // namespace

MatchedWords::MatchedWords(std::string_view profile_text) {
  std::set<std::string> seen;
  for (const auto& tok : analyzer().analyze(profile_text))
    if (tok.kind != text::TokenKind::stop && seen.insert(tok.term).second)
      words_.emplace_back(tok.term, profile_text.substr(tok.begin, tok.end - tok.begin));
}

std::vector<std::string> MatchedWords::in(const Practice& p) const {
  std::set<std::string> practice_terms;
  auto add = [&](const std::string& t) {
    for (const auto& tok : analyzer().analyze(t))
      if (tok.kind != text::TokenKind::stop) practice_terms.insert(tok.term);
  };
  for (const auto* t : {&p.title, &p.problem, &p.goal, &p.summary, &p.results.quantitative, &p.results.qualitative}) add(*t);
  for (const auto* list : {&p.tasks, &p.target_groups})
    for (const auto& t : *list) add(t);
  std::vector<std::string> out;
  for (const auto& [term, word] : words_)
    if (practice_terms.count(term)) out.push_back(word);
  return out;
}

std::vector<std::string> best_sentences(const Practice& p, const TermSequence& query_terms, std::size_t n) {
  const std::set<std::string> wanted(query_terms.begin(), query_terms.end());
  std::vector<std::pair<std::size_t, std::string>> scored;
  std::vector<std::string> pool = sentences(p.problem);
  for (const auto& g : p.target_groups) pool.push_back(g);
  for (auto& s : sentences(p.results.quantitative)) pool.push_back(std::move(s));
  for (auto& s : sentences(p.summary)) pool.push_back(std::move(s));
  for (const auto& s : pool) {
    std::set<std::string> hit;
    for (const auto& t : Thesaurus::terms(s))
      if (wanted.count(t)) hit.insert(t);
    if (!hit.empty() && s.size() < 600) scored.emplace_back(hit.size(), s);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < n; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace practice
