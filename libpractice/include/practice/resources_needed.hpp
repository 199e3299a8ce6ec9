#pragma once
/// @file resources_needed.hpp
/// What a «Ресурсы» section says a practice needs, or what a profile says an NGO has,
/// read from free Russian text: money, premises, specialists, volunteers, vehicles.

#include <optional>
#include <string>
#include <vector>

#include <practice/model.hpp>

namespace practice {

struct ResourceFacts {
  std::optional<double> money_rub;  ///< largest sum mentioned, in roubles
  bool no_money = false;            ///< «без финансирования», «денег нет»
  bool money_unspecified = false;   ///< funding named without a sum: «бюджет учреждения», «субсидия»
  bool premises = false;            ///< has or needs premises
  bool premises_free = false;       ///< premises given free of charge (безвозмездно)
  std::optional<double> area_m2;
  bool no_premises = false;         ///< «помещения нет»
  std::vector<std::string> specialists;  ///< canonical Russian names: «логопед», «психолог»…
  std::optional<int> volunteers;
  bool vehicle = false;
  bool operator==(const ResourceFacts&) const = default;
};

/// Reads facts from all resource fields (and, for profiles, the problem text).
ResourceFacts read_resources(const Resources& r, std::string_view extra_text = {});

/// "1,2 млн руб.", "350 тыс. руб."
std::string format_rub(double rub);

}  // namespace practice
