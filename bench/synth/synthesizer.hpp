#pragma once
/// @file synthesizer.hpp
/// Deterministic synthetic practices for benchmarks: Russian text from word chains trained on
/// the shipped corpus (so inflections, compounds, ё and abbreviations occur as in real
/// descriptions), every template section filled, regions from the real region table, varied
/// target groups, resources with sums. About 2 KB of text per practice.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <practice/field.hpp>
#include <practice/model.hpp>

#include "markov_chain.hpp"

namespace practice::bench {

/// Streams practices one at a time: the i-th practice depends only on the seed and the
/// practices before it, and nothing but the trained chains is held in memory.
///
/// Thread rule: one thread per instance.
class Synthesizer {
 public:
  /// Trains on every practice under `corpus` (template .txt files or JSON).
  /// @throws practice::Error when the corpus cannot be read or is empty.
  Synthesizer(const std::filesystem::path& corpus, std::uint64_t seed);

  /// The next practice; ids are "synth-<seed>-<n>".
  Practice next();

 private:
  std::string prose(Field f, std::size_t min_sentences, std::size_t max_sentences, std::size_t max_words);
  std::vector<std::string> items(Field f, std::size_t min_items, std::size_t max_items, std::size_t max_words);
  std::string quantitative();
  std::string financial();

  std::uint64_t seed_;
  std::uint64_t count_ = 0;
  Rng rng_;
  std::map<Field, MarkovChain> chains_;
  MarkovChain informational_, material_, personnel_, partners_;
  std::vector<std::string> target_groups_, organization_names_, legal_forms_;
};

/// The practice in the template's text layout (numbered headings, "Ключ: значение" lines),
/// as coordinators export it; parse_template reads it back.
std::string to_template_text(const Practice& p);

}  // namespace practice::bench
