#include <practice/categorize.hpp>

#include <algorithm>

#include <practice/taxonomy.hpp>

namespace practice {

std::vector<std::string> target_categories(const std::vector<std::string>& texts) {
  std::vector<std::string> ids;
  for (const auto& t : texts)
    for (auto& c : Taxonomy::builtin().categorize(t))
      if (std::find(ids.begin(), ids.end(), c) == ids.end()) ids.push_back(std::move(c));
  return ids;
}

std::vector<std::string> target_group_categories(const Practice& p) { return target_categories(p.target_groups); }

std::vector<std::string> primary_target_categories(const Practice& p) {
  std::vector<std::string> texts{p.title};
  if (!p.target_groups.empty()) texts.push_back(p.target_groups.front());
  return target_categories(texts);
}

std::vector<std::string> help_kinds(const Practice& p) {
  return Taxonomy::services().categorize(p.title + ". " + p.summary + ". " + p.goal);
}

}  // namespace practice
