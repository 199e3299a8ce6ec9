#include "constraints.hpp"

#include <algorithm>

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

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

// The adjectives of «… федерального округа» («опыт Южного федерального округа», «практики
// Северо-Кавказского и Южного федеральных округов»).
constexpr std::pair<std::string_view, std::string_view> district_adjectives[] = {
    {"сибирск", "Сибирский"},     {"дальневосточн", "Дальневосточный"}, {"уральск", "Уральский"},
    {"приволжск", "Приволжский"}, {"северо-кавказск", "Северо-Кавказский"}, {"северо-западн", "Северо-Западный"},
    {"южн", "Южный"},             {"центральн", "Центральный"}};

struct NamedDistricts {
  std::vector<std::string> names;
  std::size_t at = 0;  // where the text names the first
};

void add_name(NamedDistricts& d, std::string_view name, std::size_t at) {
  if (d.names.empty()) d.at = at;
  if (std::find(d.names.begin(), d.names.end(), name) == d.names.end()) d.names.emplace_back(name);
}

// «опыт Южного и Северо-Кавказского федеральных округов»: the adjectives before «федеральн»,
// joined by «и» or commas, after a lead.
void adjective_districts(const std::string& folded, NamedDistricts& d) {
  for (auto f = folded.find(" федеральн"); f != std::string::npos; f = folded.find(" федеральн", f + 1)) {
    std::vector<std::pair<std::string_view, std::size_t>> found;
    std::size_t end = f;
    while (end > 0) {
      const auto start = folded.rfind(' ', end - 1);
      if (start == std::string::npos) break;
      const std::string_view word = std::string_view(folded).substr(start + 1, end - start - 1);
      const auto* adj = std::find_if(std::begin(district_adjectives), std::end(district_adjectives),
                                     [&](const auto& a) { return word.starts_with(a.first); });
      if (adj == std::end(district_adjectives)) break;
      found.emplace_back(adj->second, start + 1);
      std::string_view before = std::string_view(folded).substr(0, start);
      constexpr std::string_view and_word = " и";
      if (before.ends_with(",")) before.remove_suffix(1);
      if (before.ends_with(and_word)) before.remove_suffix(and_word.size());
      if (before.size() == start) {  // no joiner: the list has begun here
        if (ends_with_lead(std::string_view(folded).substr(0, start + 1)))
          for (auto it = found.rbegin(); it != found.rend(); ++it) add_name(d, it->first, it->second);
        break;
      }
      end = before.size();
    }
  }
}

// Each district's name is looked for once and its lead checked where it occurs: finding all 160
// lead + joiner + name phrases took about 0.5 ms per profile (a Cyrillic first byte matches at
// nearly every other byte of folded text).
NamedDistricts named_districts(const std::string& folded) {
  NamedDistricts d;
  for (const auto& [stem, district] : districts)
    for (auto at = folded.find(stem); at != std::string::npos; at = folded.find(stem, at + 1))
      if (ends_with_lead(std::string_view(folded).substr(0, at))) {
        add_name(d, district, at);
        break;
      }
  adjective_districts(folded, d);
  return d;
}

// The sentence of `folded` around byte `at`.
std::string_view sentence_at(std::string_view folded, std::size_t at) {
  const auto start = folded.find_last_of(".!?;\n", at);
  const auto end = folded.find_first_of(".!?;\n", at);
  const std::size_t from = start == std::string_view::npos ? 0 : start + 1;
  return folded.substr(from, (end == std::string_view::npos ? folded.size() : end) - from);
}

// Where the first of `phrases` occurs, or npos.
std::size_t find_any(const std::string& folded, std::initializer_list<std::string_view> phrases) {
  for (auto p : phrases)
    if (const auto at = folded.find(p); at != std::string::npos) return at;
  return std::string::npos;
}

// Words that make a stated area a preference: «желательно из соседних регионов, но не обязательно».
bool softened(std::string_view sentence) {
  return text::contains_any(sentence, {"не обязательно", "необязательно", "желательно", "лучше бы", "по возможности",
                                       "хорошо бы", "если получится", "не принципиально", "неважно", "не важно",
                                       "тоже подойдет",
                                       "предпочтительно", "в идеале"});
}

}  // namespace

Constraints read_constraints(const Profile& profile, const ResourceFacts& have) {
  Constraints c;
  const std::string t = text::fold(profile.problem + " " + profile.resources.financial + " " + profile.resources.material);
  if (have.no_money) c.notes.push_back("учтено: нет финансирования");
  if (have.no_premises) c.notes.push_back("учтено: нет помещения");
  if (text::contains_any(t, {"только для взрослых", "только взрослых", "только со взрослыми", "только взрослые"})) {
    c.adults_only = true;
    c.notes.push_back("учтено: только практики для взрослых");
  }
  // «соседи» alone are often people («работать у соседей», «дети из соседних сёл»): only phrases
  // about regions or experience. Each is a limit unless its sentence makes it a wish.
  auto limit_to = [&](std::size_t at, Scope scope, const char* note) {
    if (at == std::string::npos) return false;
    if (softened(sentence_at(t, at))) {
      c.prefers_near = true;
      return true;
    }
    c.scope = scope;
    c.notes.push_back(note);
    return true;
  };
  limit_to(find_any(t, {"соседних регион", "соседнего регион", "регионов-соседей", "опыт у соседей", "опыт соседей",
                        "соседних област", "соседних кра", "соседних республик", "ближайших регион", "близлежащих регион"}),
           Scope::neighbours, "учтено: только свой и соседние регионы") ||
      limit_to(find_any(t, {"только в нашем регионе", "только из нашего региона", "только свой регион", "только нашего региона"}),
               Scope::own, "учтено: только свой регион") ||
      limit_to(find_any(t, {"нашего федерального округа", "в нашем федеральном округе", "своего федерального округа", "нашего округа"}),
               Scope::district, "учтено: только свой федеральный округ");
  // «поближе» about the practices, not about the help («работа поближе к дому»).
  if (const auto at = find_any(t, {"поближе", "недалеко от нас", "ближе к нам"}); at != std::string::npos)
    if (text::contains_any(sentence_at(t, at), {"опыт", "практик", "регион", "област", "кто-то", "кого-то", "съездить"}))
      c.prefers_near = true;
  // «Хорошо бы опыт Урала, но если лучшее в Сибири — тоже подойдёт» is a wish, not a limit.
  if (auto d = named_districts(t); !d.names.empty()) {
    if (softened(sentence_at(t, d.at))) {
      c.prefers_near = true;
    } else {
      std::string note = "учтено: только ";
      for (std::size_t i = 0; i < d.names.size(); ++i) note += (i == 0 ? "" : " и ") + d.names[i];
      c.notes.push_back(note + (d.names.size() == 1 ? " федеральный округ" : " федеральные округа"));
      c.named_districts = std::move(d.names);
    }
  }
  if (c.prefers_near) c.notes.push_back("учтено: предпочтительны практики поближе (без ограничения)");
  if (text::contains_any(t, {"доказательн", "доказанн", "измеренн", "измеримы", "подтвержденн", "результаты в цифрах",
                             "результатами в цифрах", "эффективность доказ", "эффект доказ", "тиражированн", "уже тиражир",
                             "уже повтори", "повторили в других", "уже повторен", "повторенн", "опробованн",
                             "проверенную практик", "проверенные практик", "проверенный опыт", "проверенную методик",
                             "результат посчитан", "результаты посчитан", "посчитанн"})) {
    c.wants_proof = true;
    c.notes.push_back("учтено: важны измеренные результаты и тиражирование");
  }
  return c;
}

}  // namespace practice
