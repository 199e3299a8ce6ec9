#include "constraints.hpp"

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

bool any_of(const std::string& folded, std::initializer_list<std::string_view> phrases) {
  for (auto p : phrases)
    if (folded.find(p) != std::string::npos) return true;
  return false;
}

}  // namespace

Constraints read_constraints(const Profile& profile) {
  Constraints c;
  const std::string t = text::fold(profile.problem + " " + profile.resources.financial + " " + profile.resources.material);
  if (any_of(t, {"денег нет", "нет денег", "без денег", "финансирования нет", "нет финансирования", "без финансирования",
                 "бюджета нет", "нет бюджета", "без бюджета", "средств нет", "нет средств"})) {
    c.no_money = true;
    c.notes.push_back("учтено: нет финансирования");
  }
  if (any_of(t, {"помещения нет", "нет помещения", "без помещения", "нет своего помещения", "помещения у нас нет"})) {
    c.no_premises = true;
    c.notes.push_back("учтено: нет помещения");
  }
  if (any_of(t, {"только для взрослых", "только взрослых", "только со взрослыми", "только взрослые"})) {
    c.adults_only = true;
    c.notes.push_back("учтено: только практики для взрослых");
  }
  // «соседи» alone are often people («помогать соседям»): only phrases about regions or experience.
  if (any_of(t, {"соседних регион", "соседнего регион", "регионов-соседей", "у соседей", "из соседних", "опыт соседей",
                 "соседних област", "соседних кра", "соседних республик"})) {
    c.scope = Scope::neighbours;
    c.notes.push_back("учтено: только свой и соседние регионы");
  } else if (any_of(t, {"только в нашем регионе", "только из нашего региона", "только свой регион", "только нашего региона"})) {
    c.scope = Scope::own;
    c.notes.push_back("учтено: только свой регион");
  } else if (any_of(t, {"нашего федерального округа", "в нашем федеральном округе", "своего федерального округа", "нашего округа"})) {
    c.scope = Scope::district;
    c.notes.push_back("учтено: только свой федеральный округ");
  }
  return c;
}

}  // namespace practice
