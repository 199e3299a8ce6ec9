#include <practice/thesaurus.hpp>

#include <algorithm>

#include <practice/text/analyzer.hpp>
#include <practice/text/normalize.hpp>

#include "lexicon.hpp"

namespace practice {

const Thesaurus& Thesaurus::builtin() {
  static const Thesaurus thesaurus(detail::embedded_thesaurus);
  return thesaurus;
}

TermSequence Thesaurus::terms(std::string_view text) {
  thread_local auto analyzer = text::Analyzer::russian();
  TermSequence out;
  for (const auto& t : analyzer.analyze(text))
    if (t.kind != text::TokenKind::stop && t.kind != text::TokenKind::compound) out.push_back(t.term);
  return out;
}

Thesaurus::Thesaurus(std::string_view data) : fingerprint_(detail::fingerprint(data)) {
  for (auto line : detail::data_lines(data)) {
    std::vector<TermSequence> group;
    while (true) {
      const auto bar = line.find('|');
      auto phrase = terms(text::trim(line.substr(0, bar)));
      if (!phrase.empty() && std::find(group.begin(), group.end(), phrase) == group.end()) group.push_back(std::move(phrase));
      if (bar == std::string_view::npos) break;
      line = line.substr(bar + 1);
    }
    if (group.size() > 1) groups_.push_back(std::move(group));
  }
  // A group's concept is keyed by its first phrase; a phrase in several groups answers each.
  for (const auto& group : groups_)
    for (const auto& phrase : group) {
      longest_ = std::max(longest_, phrase.size());
      auto& groups = concepts_[concept_key(phrase)];
      if (auto key = concept_key(group.front()); std::find(groups.begin(), groups.end(), key) == groups.end())
        groups.push_back(std::move(key));
    }
}

const std::vector<std::string>* Thesaurus::concepts(const TermSequence& phrase) const {
  const auto it = concepts_.find(concept_key(phrase));
  return it == concepts_.end() ? nullptr : &it->second;
}

std::string Thesaurus::concept_key(const TermSequence& phrase) {
  std::string key;
  for (const auto& t : phrase) {
    if (!key.empty()) key += ' ';
    key += t;
  }
  return key;
}

std::vector<Thesaurus::Occurrence> Thesaurus::occurrences(const TermSequence& terms) const {
  std::vector<Occurrence> out;
  std::string key;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    key.clear();
    for (std::size_t n = 0; n < longest_ && i + n < terms.size(); ++n) {
      if (n) key += ' ';
      key += terms[i + n];
      if (auto it = concepts_.find(key); it != concepts_.end()) out.push_back({i, &it->second});
    }
  }
  return out;
}

std::vector<Expansion> Thesaurus::expand(const TermSequence& terms) const {
  std::vector<Expansion> out;
  for (std::size_t i = 0; i < terms.size();) {
    Expansion best;
    for (const auto& group : groups_)
      for (const auto& phrase : group) {
        if (phrase.size() <= best.length || i + phrase.size() > terms.size()) continue;
        if (!std::equal(phrase.begin(), phrase.end(), terms.begin() + static_cast<std::ptrdiff_t>(i))) continue;
        best = Expansion{i, phrase.size(), {phrase}};
      }
    if (best.length == 0) {
      ++i;
      continue;
    }
    // Every group holding the matched phrase contributes its other phrases.
    for (const auto& group : groups_)
      if (std::find(group.begin(), group.end(), best.alternatives.front()) != group.end())
        for (const auto& phrase : group)
          if (std::find(best.alternatives.begin(), best.alternatives.end(), phrase) == best.alternatives.end())
            best.alternatives.push_back(phrase);
    i += best.length;
    out.push_back(std::move(best));
  }
  return out;
}

}  // namespace practice
