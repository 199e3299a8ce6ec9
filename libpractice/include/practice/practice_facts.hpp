#pragma once
/// @file practice_facts.hpp
/// What the matcher scores a practice on, derived from its text: whom it serves, the kinds of
/// help it gives, what it needs, how complete its description is, where it was replicated. The
/// bank stores them beside each practice (computed once, at index time), so that a search's
/// candidates are scored without reading the practices whole.

#include <string>
#include <vector>

#include <practice/model.hpp>
#include <practice/resources_needed.hpp>

namespace practice {

struct PracticeFacts {
  std::vector<std::string> categories;  ///< target_group_categories: in order, without ancestors
  std::vector<std::string> kinds;       ///< help_kinds
  std::vector<std::string> title_kinds; ///< the kinds its title names: what it is built for
  std::vector<std::string> primary;     ///< primary_target_categories: whom it is mainly for
  ResourceFacts needs;                  ///< read_resources of its «Ресурсы»
  double readiness = 0.0;               ///< readiness() of its description
  double evaluation_design = 0.0;       ///< evaluation_design(): how the effect was measured
  std::vector<std::string> replication_regions;  ///< of each replication, as recorded
  bool operator==(const PracticeFacts&) const = default;
};

PracticeFacts facts_of(const Practice& p);

/// Raised whenever facts_of would derive other facts from the same text (its data files are
/// fingerprinted separately): a bank built before then is refused and rebuilt, not scored on
/// stale facts.
// 2: «м²» folded to «м2» is premises; funding without a sum. 3: evaluation design. 4: workshops,
// storage, greenhouses and land are premises; a bare «нет» of money. 5: «любого возраста». 6: short
// specialist stems start a word («ава» is not in «преподаватель»); «УАЗ», «ГАЗель» are vehicles;
// «инструктор ЛФК» is not also a generic instructor.
inline constexpr int facts_version = 6;

}  // namespace practice
