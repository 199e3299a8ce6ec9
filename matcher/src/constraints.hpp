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
  bool no_money = false;
  bool no_premises = false;
  bool adults_only = false;
  std::vector<std::string> notes;  ///< Russian, one per constraint understood
};

Constraints read_constraints(const Profile& profile);

}  // namespace practice
