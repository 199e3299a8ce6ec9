#pragma once
// An order-2 word Markov chain: trained on real sentences, it emits new ones with the same
// vocabulary, inflections and rhythm. Deterministic for a given random generator.

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace practice::bench {

/// The generator every synthetic draw uses: std::mt19937_64's sequence is fixed by the standard,
/// and bounded draws use plain modulo, so a seed gives the same corpus on every platform.
using Rng = std::mt19937_64;
inline std::size_t draw(Rng& rng, std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(rng() % n); }

class MarkovChain {
 public:
  /// Learns from prose: sentences end at '.', '!' or '?'.
  void train_prose(std::string_view text);
  /// Learns one unit (a list item, a title) as a single "sentence".
  void train_unit(std::string_view text);

  /// One sentence of at most `max_words` words (closed with a full stop when cut short).
  /// Numbers are redrawn with the same number of digits, so figures vary between practices.
  std::string sentence(Rng& rng, std::size_t max_words) const;
  bool empty() const { return next_.empty(); }

 private:
  std::uint32_t intern(std::string_view word);
  void learn(const std::vector<std::uint32_t>& ids);

  static constexpr std::uint32_t boundary = 0;  // sentence start and end
  std::vector<std::string> words_{""};
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> next_;  // (w-2, w-1) → followers
};

}  // namespace practice::bench
