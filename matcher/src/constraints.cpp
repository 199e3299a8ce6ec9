#include "constraints.hpp"

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

bool any_of(const std::string& folded, std::initializer_list<std::string_view> phrases) {
  for (auto p : phrases)
    if (folded.find(p) != std::string::npos) return true;
  return false;
}

// «опыт Сибири», «опыт в Сибири», «опыт других регионов Сибири», «практики из Сибири»: the way
// to look at a macro-region's experience; the name alone is not («любая семья из Сибири»).
constexpr std::pair<std::string_view, std::string_view> districts[] = {
    {"сибир", "Сибирский"},           {"дальнего восток", "Дальневосточный"}, {"урала", "Уральский"},
    {"поволж", "Приволжский"},        {"северного кавказ", "Северо-Кавказский"},
    {"северо-запад", "Северо-Западный"}, {"юга россии", "Южный"},           {"центральной росси", "Центральный"}};
constexpr std::string_view leads[] = {"опыт ", "опыта ", "практики ", "практик "};
constexpr std::string_view joiners[] = {"", "в ", "из ", "регионов ", "других регионов "};

// Whether `before` ends with a lead and a joiner («опыт других регионов »).
bool ends_with_lead(std::string_view before) {
  for (auto joiner : joiners) {
    if (!before.ends_with(joiner)) continue;
    const auto rest = before.substr(0, before.size() - joiner.size());
    for (auto lead : leads)
      if (rest.ends_with(lead)) return true;
  }
  return false;
}

// Each district's name is looked for once and its lead checked where it occurs: finding all 160
// lead + joiner + name phrases took about 0.5 ms per profile (a Cyrillic first byte matches at
// nearly every other byte of folded text).
std::optional<std::string> named_district(const std::string& folded) {
  for (const auto& [stem, district] : districts)
    for (auto at = folded.find(stem); at != std::string::npos; at = folded.find(stem, at + 1))
      if (ends_with_lead(std::string_view(folded).substr(0, at))) return std::string(district);
  return std::nullopt;
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
  // «соседи» alone are often people («работать у соседей», «дети из соседних сёл»): only phrases
  // about regions or experience.
  if (any_of(t, {"соседних регион", "соседнего регион", "регионов-соседей", "опыт у соседей", "опыт соседей",
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
  if ((c.named_district = named_district(t))) c.notes.push_back("учтено: только " + *c.named_district + " федеральный округ");
  return c;
}

}  // namespace practice
