#include <practice/field.hpp>

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

struct FieldInfo {
  Field field;
  std::string_view key;
  std::string_view heading;
};

constexpr FieldInfo infos[] = {
    {Field::title, "title", "Название социальной практики"},
    {Field::organization, "organization", "Организация, реализующая социальную практику"},
    {Field::summary, "summary", "Краткое описание социальной практики"},
    {Field::problem, "problem", "Описание социальной проблемы"},
    {Field::target_groups, "target_groups", "Целевая группа"},
    {Field::goal, "goal", "Цель"},
    {Field::tasks, "tasks", "Задачи"},
    {Field::stages, "stages", "Этапы реализации социальной практики"},
    {Field::technologies, "technologies", "Технологии"},
    {Field::results, "results", "Результаты"},
    {Field::resources, "resources", "Ресурсы"},
    {Field::evaluation, "evaluation", "Способы, методы оценки"},
    {Field::difficulties, "difficulties", "Трудности"},
    {Field::perspectives, "perspectives", "Перспективы развития социальной практики"},
    {Field::contacts, "contacts", "Контакты"},
    {Field::organization_info, "organization_info", "Информация об организации"},
};

// Short names accepted in queries (проблема:одиночество) besides the JSON keys.
constexpr std::pair<std::string_view, Field> query_aliases[] = {
    {"название", Field::title},        {"организация", Field::organization},
    {"описание", Field::summary},      {"кратко", Field::summary},
    {"проблема", Field::problem},      {"группа", Field::target_groups},
    {"целевая", Field::target_groups}, {"цель", Field::goal},
    {"задачи", Field::tasks},          {"этапы", Field::stages},
    {"технологии", Field::technologies}, {"результаты", Field::results},
    {"ресурсы", Field::resources},     {"оценка", Field::evaluation},
    {"трудности", Field::difficulties}, {"перспективы", Field::perspectives},
    {"контакты", Field::contacts},     {"организации", Field::organization_info},
};

const FieldInfo& info(Field f) { return infos[static_cast<int>(f)]; }

void append(std::string& out, const std::string& piece) {
  if (piece.empty()) return;
  if (!out.empty()) out += '\n';
  out += piece;
}

}  // namespace

std::string_view field_key(Field f) { return info(f).key; }
std::string_view field_heading(Field f) { return info(f).heading; }

std::optional<Field> field_from_name(std::string_view name) {
  const std::string folded = text::fold(name);
  for (const auto& i : infos)
    if (i.key == folded) return i.field;
  for (const auto& [alias, f] : query_aliases)
    if (alias == folded) return f;
  return std::nullopt;
}

std::string field_text(const Practice& p, Field f) {
  std::string out;
  auto join = [&out](const std::vector<std::string>& items) {
    for (const auto& i : items) append(out, i);
  };
  switch (f) {
    case Field::title: return p.title;
    case Field::organization:
      for (const auto* s : {&p.organization.legal_form, &p.organization.name, &p.organization.head, &p.organization.region})
        append(out, *s);
      return out;
    case Field::summary: return p.summary;
    case Field::problem: return p.problem;
    case Field::target_groups: join(p.target_groups); return out;
    case Field::goal: return p.goal;
    case Field::tasks: join(p.tasks); return out;
    case Field::stages: join(p.stages); return out;
    case Field::technologies: return p.technologies;
    case Field::results:
      append(out, p.results.qualitative);
      append(out, p.results.quantitative);
      return out;
    case Field::resources:
      for (const auto* s : {&p.resources.informational, &p.resources.material, &p.resources.financial,
                            &p.resources.personnel, &p.resources.partners})
        append(out, *s);
      return out;
    case Field::evaluation: return p.evaluation;
    case Field::difficulties: return p.difficulties;
    case Field::perspectives: return p.perspectives;
    case Field::contacts:
      for (const auto* s : {&p.contacts.person, &p.contacts.email, &p.contacts.address, &p.contacts.phone,
                            &p.contacts.fax, &p.contacts.skype, &p.contacts.website})
        append(out, *s);
      return out;
    case Field::organization_info: return p.organization_info;
  }
  return out;
}

}  // namespace practice
