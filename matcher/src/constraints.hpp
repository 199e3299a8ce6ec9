#pragma once
// Constraints an NGO states in plain words in its problem text ("денег нет", "ищем практики
// из соседних регионов", "только для взрослых", "помещения нет").

#include <optional>
#include <string>
#include <vector>

#include <practice/profile.hpp>
#include <practice/resources_needed.hpp>

namespace practice {

struct Constraints {
  std::optional<Scope> scope;
  /// Federal districts the NGO names as the only experience it wants («смотрим только опыт
  /// Сибири», «только практики Северо-Кавказского и Южного федеральных округов»): their names as
  /// in the region table («Сибирский»), whatever the NGO's own region. Empty: no such limit.
  std::vector<std::string> named_districts;
  bool adults_only = false;
  /// A wish, not a limit: «лучше бы поближе, но не обязательно», «желательно из соседних регионов».
  bool prefers_near = false;
  /// Proof is asked for: «нужна практика с измеренными результатами», «доказательная», «уже
  /// тиражированная».
  bool wants_proof = false;
  std::vector<std::string> notes;  ///< Russian, one per constraint understood
};

/// `have`: what read_resources found the NGO has; its «денег нет» and «помещения нет» are noted
/// here, so that the phrases are listed once, in read_resources.
Constraints read_constraints(const Profile& profile, const ResourceFacts& have);

}  // namespace practice
