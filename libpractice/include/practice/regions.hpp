#pragma once
/// @file regions.hpp
/// The subjects of the Russian Federation (libpractice/data/regions.json, CC BY-SA 4.0, from
/// DaData.ru/hflabs and doonnof/GeoGame), with their federal districts and neighbours, and a
/// resolver that turns the names people write («Респ. Бурятия», «г.Курск Курская область ЦФО»,
/// «в Иркутской области», «г. Новосибирск») into one subject.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace practice {

/// One subject of the Russian Federation.
struct Region {
  std::string id;                ///< two-digit code, e.g. "38"
  std::string name;              ///< «Иркутская область»
  std::string name_short;        ///< «Иркутская»
  std::string federal_district;  ///< «Сибирский»
  std::vector<std::string> neighbours;  ///< ids of adjacent subjects
  std::string parent;            ///< for autonomous okrugs: the oblast's id
  bool operator==(const Region&) const = default;
};

/// How two regions relate, from closest to farthest.
enum class RegionRelation { same, neighbour, district, other };

/// Russian label: «тот же регион», «соседний регион», «тот же федеральный округ», «другой регион».
std::string_view relation_label(RegionRelation r);
std::string_view relation_key(RegionRelation r);  ///< "same", "neighbour", "district", "other"

/// The region table. Immutable after construction; safe to share between threads.
class RegionTable {
 public:
  /// The built-in table of 89 subjects, loaded once.
  static const RegionTable& russia();

  /// Resolves free text to a subject, or nullptr. Accepts full and short names, official
  /// abbreviations, historical names, inflected forms and administrative centres.
  const Region* resolve(std::string_view text) const;
  /// The region with this id, or nullptr.
  const Region* by_id(std::string_view id) const;
  /// Up to `n` known names closest in spelling to `text` (for "unknown region" messages).
  std::vector<std::string> suggest(std::string_view text, std::size_t n = 3) const;
  RegionRelation relation(const Region& a, const Region& b) const;
  const std::vector<Region>& all() const { return regions_; }

  RegionTable(std::string_view regions_json, std::string_view cities_tsv);

 private:
  std::vector<Region> regions_;
  std::vector<std::pair<std::string, std::size_t>> keys_;  // stem key → index, longest first
  std::vector<std::pair<std::string, std::size_t>> stripped_keys_;  // without type words
  std::map<std::string, std::size_t> key_index_, stripped_key_index_;  // key → its first position above
};

}  // namespace practice
