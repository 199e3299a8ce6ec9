#include "schema.hpp"

namespace practice::detail {

std::string_view field_prefix(Field f) {
  switch (f) {
    case Field::title: return "S";
    case Field::organization: return "XO";
    case Field::summary: return "XA";
    case Field::problem: return "XP";
    case Field::target_groups: return "XT";
    case Field::goal: return "XG";
    case Field::tasks: return "XK";
    case Field::stages: return "XE";
    case Field::technologies: return "XH";
    case Field::results: return "XR";
    case Field::resources: return "XS";
    case Field::evaluation: return "XV";
    case Field::difficulties: return "XD";
    case Field::perspectives: return "XN";
    case Field::contacts: return "XC";
    case Field::organization_info: return "XI";
  }
  return "X";
}

Xapian::termcount field_weight(Field f) {
  switch (f) {
    case Field::title: return 5;
    case Field::problem:
    case Field::target_groups: return 3;
    case Field::summary:
    case Field::goal: return 2;
    default: return 1;
  }
}

}  // namespace practice::detail
