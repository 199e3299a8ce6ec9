#include "candidate_facts.hpp"

#include <algorithm>

#include <practice/taxonomy.hpp>

namespace practice {

Candidate Candidate::from_hit(SearchHit&& h) {
  Candidate c;
  c.id = std::move(h.id);
  c.title = std::move(h.title);
  c.organization = std::move(h.organization);
  c.region = std::move(h.region);
  c.categories = std::move(h.categories);
  return c;
}

Candidate Candidate::from_practice(Practice&& p) {
  Candidate c;
  c.id = p.id;
  c.title = p.title;
  c.organization = p.organization.name;
  c.region = p.effective_region();
  for (const auto& g : p.target_groups)
    for (auto& id : Taxonomy::builtin().categorize(g))
      if (std::find(c.categories.begin(), c.categories.end(), id) == c.categories.end()) c.categories.push_back(std::move(id));
  c.practice_ = std::move(p);
  c.read_ = true;
  return c;
}

const Practice* Candidate::practice(const Bank& bank) {
  if (!read_) {
    practice_ = bank.find(id);
    read_ = true;
  }
  return practice_ ? &*practice_ : nullptr;
}

}  // namespace practice
