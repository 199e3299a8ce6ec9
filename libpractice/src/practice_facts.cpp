#include <practice/practice_facts.hpp>

#include <practice/categorize.hpp>
#include <practice/evaluation_design.hpp>
#include <practice/taxonomy.hpp>
#include <practice/validation.hpp>

namespace practice {

PracticeFacts facts_of(const Practice& p) {
  PracticeFacts f{target_group_categories(p), help_kinds(p), Taxonomy::services().categorize(p.title),
                  primary_target_categories(p), read_resources(p.resources), readiness(p), evaluation_design(p), {}};
  for (const auto& r : p.replications) f.replication_regions.push_back(r.region);
  return f;
}

}  // namespace practice
