#include <practice/categorize.hpp>

#include <algorithm>

#include <practice/taxonomy.hpp>

namespace practice {

std::vector<std::string> target_group_categories(const Practice& p) {
  std::vector<std::string> ids;
  for (const auto& g : p.target_groups)
    for (auto& c : Taxonomy::builtin().categorize(g))
      if (std::find(ids.begin(), ids.end(), c) == ids.end()) ids.push_back(std::move(c));
  return ids;
}

std::vector<std::string> help_kinds(const Practice& p) {
  return Taxonomy::services().categorize(p.title + ". " + p.summary + ". " + p.goal);
}

}  // namespace practice
