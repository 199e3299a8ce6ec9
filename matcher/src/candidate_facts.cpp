#include "candidate_facts.hpp"

namespace practice {

Candidate Candidate::from_hit(SearchHit&& h) {
  Candidate c;
  static_cast<PracticeFacts&>(c) = std::move(h.facts);
  c.id = std::move(h.id);
  c.title = std::move(h.title);
  c.organization = std::move(h.organization);
  c.region = std::move(h.region);
  return c;
}

Candidate Candidate::from_practice(Practice&& p) {
  Candidate c;
  static_cast<PracticeFacts&>(c) = facts_of(p);
  c.id = p.id;
  c.title = p.title;
  c.organization = p.organization.name;
  c.region = p.effective_region();
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
