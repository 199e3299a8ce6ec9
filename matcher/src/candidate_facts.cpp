#include "candidate_facts.hpp"

#include <practice/categorize.hpp>

namespace practice {

Candidate Candidate::from_hit(SearchHit&& h) {
  Candidate c;
  c.id = std::move(h.id);
  c.title = std::move(h.title);
  c.organization = std::move(h.organization);
  c.region = std::move(h.region);
  c.categories = std::move(h.categories);
  c.kinds = std::move(h.kinds);
  c.primary = std::move(h.primary_categories);
  return c;
}

Candidate Candidate::from_practice(Practice&& p) {
  Candidate c;
  c.id = p.id;
  c.title = p.title;
  c.organization = p.organization.name;
  c.region = p.effective_region();
  c.categories = target_group_categories(p);
  c.kinds = help_kinds(p);
  c.primary = primary_target_categories(p);
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
