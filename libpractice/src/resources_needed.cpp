#include <practice/resources_needed.hpp>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <regex>

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

// Canonical specialist name → folded stems that name it.
constexpr std::pair<std::string_view, std::string_view> specialist_words[] = {
    {"логопед", "логопед"},          {"дефектолог", "дефектолог"},   {"психолог", "психолог"},
    {"инструктор ЛФК", "лфк"},       {"социальный работник", "социальный работник"}, {"социальный работник", "социальных работник"},
    {"социальный работник", "социального работник"},
    {"социальный работник", "соцработ"}, {"социальный работник", "социальной работе"}, {"водитель", "водител"}, {"тьютор", "тьютор"},
    {"юрист", "юрист"},              {"врач", "врач"},               {"медицинская сестра", "медсестр"},
    {"медицинская сестра", "медицинская сестра"}, {"переводчик РЖЯ", "сурдопереводчик"},
    {"переводчик РЖЯ", "переводчик рж"}, {"переводчик РЖЯ", "переводчик жестового"}, {"тренер", "тренер"},   {"педагог", "педагог"},
    {"массажист", "массажист"},      {"инструктор", "инструктор"},   {"реабилитолог", "реабилитолог"},
    {"иппотерапевт", "иппотерапевт"}, {"музыкальный терапевт", "музыкотерапевт"},
    {"арт-терапевт", "арт-терапевт"}, {"няня", "нян"},               {"куратор", "куратор"},
    {"тифлокомментатор", "тифлокомментатор"}, {"специалист по АВА", "ава"}, {"специалист по АВА", "аба"},
    {"специалист по АВА", "aba"},
};

// Whether a word ends before this byte: ASCII punctuation or space (a Cyrillic letter is not).
bool ending(char c) { return static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)); }

// Whether `stem` starts a word somewhere in `folded`. Short stems must: «ава» is inside
// «преподаватель» and «лфк» could be inside a longer abbreviation.
bool names(const std::string& folded, std::string_view stem) {
  if (stem.size() > 6) return folded.find(stem) != std::string::npos;
  for (auto at = folded.find(stem); at != std::string::npos; at = folded.find(stem, at + 1)) {
    if (at == 0 || ending(folded[at - 1])) return true;
  }
  return false;
}

bool contains(const std::string& folded, std::string_view needle) { return folded.find(needle) != std::string::npos; }

// Sums like "1 200 000 рублей", "1,2 млн руб.", "350 тыс. руб.", "780 000 ₽".
std::optional<double> largest_sum(const std::string& folded) {
  static const std::regex sum(R"((\d[\d  ]*(?:[.,]\d+)?)\s*(млн|миллион\w*|тыс\.?|тысяч\w*)?\s*(руб|р\.|₽))");
  std::optional<double> best;
  // std::regex is slow; a sum needs one of its currency words (most resource texts have none).
  if (!contains(folded, "руб") && !contains(folded, "р.") && !contains(folded, "₽")) return best;
  for (auto it = std::sregex_iterator(folded.begin(), folded.end(), sum); it != std::sregex_iterator(); ++it) {
    std::string digits;
    for (char c : (*it)[1].str())
      if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
      else if (c == ',' || c == '.') digits += '.';
    if (digits.empty()) continue;
    double v = std::atof(digits.c_str());
    const std::string unit = (*it)[2].str();
    if (unit.rfind("млн", 0) == 0 || unit.rfind("миллион", 0) == 0) v *= 1e6;
    else if (!unit.empty()) v *= 1e3;
    if (!best || v > *best) best = v;
  }
  return best;
}

}  // namespace

std::string format_rub(double rub) {
  char buf[64];
  if (rub >= 1e6) std::snprintf(buf, sizeof buf, "%.1f млн руб.", rub / 1e6);
  else if (rub >= 1e3) std::snprintf(buf, sizeof buf, "%.0f тыс. руб.", rub / 1e3);
  else std::snprintf(buf, sizeof buf, "%.0f руб.", rub);
  std::string s(buf);
  if (auto dot = s.find('.'); dot != std::string::npos && dot < s.find(' ')) s[dot] = ',';
  return s;
}

ResourceFacts read_resources(const Resources& r, std::string_view extra_text) {
  ResourceFacts f;
  const std::string money = text::fold(r.financial);
  const std::string material = text::fold(r.material);
  const std::string people = text::fold(r.personnel);
  const std::string extra = text::fold(extra_text);
  const std::string all = money + "\n" + material + "\n" + people + "\n" + text::fold(r.partners) + "\n" + extra;

  f.money_rub = largest_sum(money);
  if (!f.money_rub) f.money_rub = largest_sum(extra);
  for (std::string_view m : {"без финансирования", "денег нет", "нет денег", "без денег", "финансирования нет",
                             "нет финансирования", "нет бюджета", "бюджета нет", "без бюджета", "средств нет", "нет средств"})
    if (contains(money, m) || contains(extra, m)) f.no_money = true;
  if (!f.money_rub && !f.no_money && !money.empty()) {
    // «нет», «почти нет», «пока нет, хотим подать на грант», «нет, на поездки скинемся».
    for (std::string_view m : {"нет", "почти нет", "пока нет", "-", "0"})
      if (money.starts_with(m) && (money.size() == m.size() || ending(money[m.size()])))
        f.no_money = true;
    f.money_unspecified = !f.no_money && text::contains_any(money, {"бюджет", "субсиди", "средств", "финансирован", "спонсор",
                                                                     "пожертвован", "взнос", "зарплат", "выручк", "плата за",
                                                                     "за счет", "оплачива", "деньги есть", "есть деньги", "грант на"});
    // «на это нет», «своих нет, ищем»: a «нет» naming no source of money.
    if (!f.no_money && !f.money_unspecified && contains(" " + money + " ", " нет")) f.no_money = true;
  }

  for (std::string_view m : {"помещения нет", "нет помещения", "без помещения", "помещение отсутствует", "нет своего помещения",
                             "помещения у нас нет"})
    if (contains(material, m) || contains(extra, m)) f.no_premises = true;
  // Folding turns «м²» into «м2».
  f.premises = !f.no_premises && text::contains_any(material, {"помещени", "кабинет", "зал", "квартир", "здани", "дом ", "м2",
                                                               "кв. м", "кв.м", "класс", "площад", "крыло", "мастерск", "гараж",
                                                               "склад", "теплиц", "соток", "земельный участок"});
  f.premises_free = text::contains_any(material, {"безвозмездн", "бесплатно"});
  static const std::regex area(R"((\d+(?:[.,]\d+)?)\s*(м2|кв\.?\s*м))");
  std::smatch m;
  if ((contains(material, "м2") || contains(material, "кв")) && std::regex_search(material, m, area))
    f.area_m2 = std::atof(m[1].str().c_str());

  for (const auto& [name, stem] : specialist_words)
    if (names(people, stem) && std::find(f.specialists.begin(), f.specialists.end(), name) == f.specialists.end())
      f.specialists.emplace_back(name);
  // «инструктор ЛФК» names one specialist, not also a generic instructor.
  if (std::find(f.specialists.begin(), f.specialists.end(), "инструктор ЛФК") != f.specialists.end())
    std::erase(f.specialists, std::string("инструктор"));
  static const std::regex volunteers(R"((\d+)\s*(волонтер|доброволь|добровол))");
  const bool volunteer_word = contains(all, "волонтер");
  if ((volunteer_word || contains(all, "добровол")) && std::regex_search(all, m, volunteers))
    f.volunteers = std::stoi(m[1].str());
  else if (volunteer_word || contains(all, "доброволь"))
    f.volunteers = 0;
  f.vehicle = text::contains_any(material, {"автомобил", "микроавтобус", "автобус", "транспорт", "машин", "уаз", "газел"});
  return f;
}

}  // namespace practice
