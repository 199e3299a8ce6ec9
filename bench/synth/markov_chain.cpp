#include "markov_chain.hpp"

#include <cctype>

namespace practice::bench {
namespace {

std::uint64_t key(std::uint32_t a, std::uint32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

bool ends_sentence(std::string_view w) {
  if (w.size() < 3) return false;  // "г." and initials are not sentence ends
  const char c = w.back();
  return c == '.' || c == '!' || c == '?';
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

// Replaces each digit by a random one (the first stays non-zero), keeping punctuation;
// a year (19xx, 20xx) stays a plausible year.
std::string redraw_number(const std::string& w, Rng& rng) {
  std::string out = w;
  const bool year = w.size() >= 4 && (w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0) &&
                    std::isdigit(static_cast<unsigned char>(w[2])) && std::isdigit(static_cast<unsigned char>(w[3])) &&
                    (w.size() == 4 || !std::isdigit(static_cast<unsigned char>(w[4])));
  if (year) return std::to_string(2005 + draw(rng, 21)) + w.substr(4);
  bool first = true;
  for (char& c : out) {
    if (!std::isdigit(static_cast<unsigned char>(c))) continue;
    c = static_cast<char>('0' + (first ? 1 + draw(rng, 9) : draw(rng, 10)));
    first = false;
  }
  return out;
}

}  // namespace

std::uint32_t MarkovChain::intern(std::string_view word) {
  auto [it, inserted] = ids_.try_emplace(std::string(word), static_cast<std::uint32_t>(words_.size()));
  if (inserted) words_.emplace_back(word);
  return it->second;
}

void MarkovChain::learn(const std::vector<std::uint32_t>& ids) {
  if (ids.empty()) return;
  std::uint32_t a = boundary, b = boundary;
  for (std::uint32_t id : ids) {
    next_[key(a, b)].push_back(id);
    a = b;
    b = id;
  }
  next_[key(a, b)].push_back(boundary);
}

void MarkovChain::train_prose(std::string_view text) {
  std::vector<std::uint32_t> sentence;
  for (auto w : words_of(text)) {
    sentence.push_back(intern(w));
    if (ends_sentence(w)) {
      learn(sentence);
      sentence.clear();
    }
  }
  learn(sentence);
}

void MarkovChain::train_unit(std::string_view text) {
  std::vector<std::uint32_t> ids;
  for (auto w : words_of(text)) ids.push_back(intern(w));
  learn(ids);
}

std::string MarkovChain::sentence(Rng& rng, std::size_t max_words) const {
  std::string out;
  std::uint32_t a = boundary, b = boundary;
  for (std::size_t n = 0; n < max_words; ++n) {
    const auto it = next_.find(key(a, b));
    if (it == next_.end()) break;
    const std::uint32_t id = it->second[draw(rng, it->second.size())];
    if (id == boundary) return out;
    const std::string& w = words_[id];
    if (!out.empty()) out += ' ';
    out += std::isdigit(static_cast<unsigned char>(w.front())) ? redraw_number(w, rng) : w;
    a = b;
    b = id;
  }
  // Cut short: drop a dangling comma or dash and close the sentence.
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == ' ')) out.pop_back();
  if (!out.empty() && !ends_sentence(out)) out += '.';
  return out;
}

}  // namespace practice::bench
