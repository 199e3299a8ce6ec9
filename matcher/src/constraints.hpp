#pragma once
// Constraints an NGO states in plain words in its problem text ("денег нет", "ищем практики
// из соседних регионов", "только для взрослых", "помещения нет").

#include <optional>
#include <string>
#include <vector>

#include <practice/profile.hpp>

namespace practice {

struct Constraints {
  std::optional<Scope> scope;
  /// A federal district the NGO names as the only experience it wants («смотрим только опыт
  /// Сибири»): its name as in the region table («Сибирский»), whatever the NGO's own region.
  std::optional<std::string> named_district;
  bool no_money = false;
  bool no_premises = false;
  bool adults_only = false;
  std::vector<std::string> notes;  ///< Russian, one per constraint understood
};

Constraints read_constraints(const Profile& profile);

}  // namespace practice
