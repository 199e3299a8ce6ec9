#pragma once
/// @file field.hpp
/// The sixteen template sections, spelled like their JSON keys.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <practice/model.hpp>

namespace practice {

enum class Field {
  title,
  organization,
  summary,
  problem,
  target_groups,
  goal,
  tasks,
  stages,
  technologies,
  results,
  resources,
  evaluation,
  difficulties,
  perspectives,
  contacts,
  organization_info,
};

inline constexpr std::array<Field, 16> all_fields = {
    Field::title,        Field::organization, Field::summary,      Field::problem,
    Field::target_groups, Field::goal,        Field::tasks,        Field::stages,
    Field::technologies, Field::results,      Field::resources,    Field::evaluation,
    Field::difficulties, Field::perspectives, Field::contacts,     Field::organization_info};

/// JSON key, e.g. "target_groups".
std::string_view field_key(Field f);
/// The template heading in Russian, e.g. "Целевая группа".
std::string_view field_heading(Field f);
/// Parses a JSON key or a Russian field alias used in queries ("проблема", "problem").
std::optional<Field> field_from_name(std::string_view name);
/// The section's text, list items and sub-fields joined by newlines.
std::string field_text(const Practice& p, Field f);

}  // namespace practice
