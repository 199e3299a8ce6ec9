#include <practice/matcher.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <unordered_map>

#include <practice/categorize.hpp>
#include <practice/error.hpp>
#include <practice/regions.hpp>
#include <practice/resources_needed.hpp>
#include <practice/text/analyzer.hpp>
#include <practice/text/normalize.hpp>
#include <practice/thesaurus.hpp>

#include "candidate_facts.hpp"
#include "constraints.hpp"
#include "quotes.hpp"
#include "request.hpp"

namespace practice {
namespace {

// Enough to reach every practice answering the profile, small enough for 100k banks.
constexpr std::size_t candidate_pool = 150;
// Practices found only by the target groups have no need score, so they reach the results only
// when the problem finds few practices: at 100k the top 10 of the 52 bench profiles were the same
// with 1, 20, 50 or 150 of them, and the search for 150 cost a fifth of a match's time.
constexpr std::size_t group_pool = 30;
constexpr std::size_t max_matched_words = 12;  // enough to show why; the rest is noise

std::string joined_groups(const Profile& p) {
  std::string s;
  for (const auto& g : p.target_groups) s += (s.empty() ? "" : "; ") + g;
  return s;
}

// Pool of candidates: practices answering the problem text, plus those for the target groups.
// `filtered`: the profile keeps only some regions or ages, so the pool may lose most candidates.
std::map<std::string, Candidate> gather(const Bank& bank, const std::string& profile_text, const std::string& groups,
                                        bool filtered) {
  std::map<std::string, Candidate> pool;
  SearchOptions o;
  o.match_any = true;
  o.facets = false;
  o.snippets = false;  // the explanation quotes sentences itself, for the results shown only
  o.limit = candidate_pool;
  // The whole text: restricting to the problem, goal, tasks and results sections was no better on
  // corpus/eval (nDCG@5 0.832 vs 0.839) and cost one synonym of seven field terms per word.
  auto take = [&](std::string_view text, bool counts_for_need) -> std::size_t {
    if (text::trim(text).empty()) return 0;
    SearchResults r;
    try {
      r = bank.search(text, o);
    } catch (const InvalidArgument&) {
      return 0;  // only stop words: no text signal
    }
    for (auto& h : r.results) {
      const double weight = h.weight;
      std::string id = h.id;
      auto& c = pool.try_emplace(std::move(id), Candidate::from_hit(std::move(h))).first->second;
      if (counts_for_need) c.need = weight;
    }
    return r.results.size();
  };
  // Practices found by the groups alone have no need score: they matter only when the problem
  // finds fewer practices than the pool holds (a small bank or a narrow text), or when the
  // profile's filters may leave fewer than it asks for. (At 100k the results of the 52 bench
  // and 95 eval profiles were the same, and the search cost about a seventh of a match.)
  if (take(profile_text, true) == candidate_pool && !filtered) return pool;
  o.limit = group_pool;
  take(groups, false);
  if (pool.size() < 50 && bank.size() <= 5000)
    for (auto& p : bank.all()) {
      std::string id = p.id;
      pool.try_emplace(std::move(id), Candidate::from_practice(std::move(p)));
    }
  return pool;
}

// Share of the need signal given to the kind of help (the rest is the BM25 weight of the words).
// Tuned on corpus/eval: with the phrase lists of session 5, 0.25 / 0.3 / 0.35 / 0.4 gave nDCG@5
// 0.871 / 0.876 / 0.873 / 0.866 on q01–q65 (0.2: 0.872) and 0.862–0.865 on the held-out q66–q80 (0.860).
constexpr double service_share = 0.3;
// How well the practice gives the kinds of help asked for, in [0, 1]. A practice is built for the
// kinds its title names, and one of those counts fully. Any other kind it gives is one of the
// things it also does and counts as its share of them: the seaside holidays (sport,
// rehabilitation, tutors, art, a parents' group, … eight kinds) answer a request for a parents'
// group 1/8, a parents' club answers it fully. Without this, a practice naming many kinds matched
// nearly every request. `matched` receives the kinds asked for that the practice gives (kinds of
// help have no hierarchy: a kind is given or not).
double kind_fit(const std::vector<std::string>& asked, const Candidate& c, std::vector<std::string>& matched) {
  for (const auto& k : c.kinds)
    if (std::find(asked.begin(), asked.end(), k) != asked.end()) matched.push_back(k);
  if (matched.empty()) return 0.0;
  const double share = static_cast<double>(matched.size()) / static_cast<double>(c.kinds.size());
  if (share >= 1.0) return 1.0;
  for (const auto& k : c.title_kinds)
    if (std::find(asked.begin(), asked.end(), k) != asked.end()) return 1.0;
  return share;
}

// Target fit through the practice's later groups only, relative to its title and first group
// (tuned on corpus/eval: 0.9 beat 0.8 and 0.7, and all beat counting every group alike).
constexpr double secondary_share = 0.9;

// The share of the profile's groups the practice serves: a family practice serves «их мамы» but
// not «взрослые с аутизмом», and an NGO listing both wants both served.
double group_fit(const std::vector<std::vector<std::string>>& wanted, const std::vector<std::string>& offered,
                 std::vector<CategoryMatch>& matches) {
  double sum = 0.0;
  for (const auto& group : wanted) {
    std::vector<CategoryMatch> found;
    const double f = Taxonomy::builtin().fit(group, offered, &found);
    sum += f;
    for (auto& m : found) {  // a category wanted by several groups is explained once, by its best match
      auto same = std::find_if(matches.begin(), matches.end(), [&](const CategoryMatch& x) { return x.wanted == m.wanted; });
      if (same == matches.end()) matches.push_back(std::move(m));
      else if (m.score > same->score) *same = std::move(m);
    }
  }
  return wanted.empty() ? 0.0 : sum / static_cast<double>(wanted.size());
}

// Result order: higher score first, ties by id (deterministic).
bool ranks_before(const Recommendation& a, const Recommendation& b) {
  if (a.score != b.score) return a.score > b.score;
  return a.id < b.id;
}

// What a profile asks to weigh more: practices close by when it prefers them without limiting to
// them, proof when it asks for measured results. Three times the weight: a wish then decides
// between practices of like fit (region alone moves a score by up to ~0.1 of the gate) but does
// not bury a much better practice from far away.
constexpr double stressed_factor = 3.0;
MatchWeights stressed(MatchWeights w, const Constraints& c) {
  if (c.prefers_near) w.region *= stressed_factor;
  if (c.wants_proof) w.evidence *= stressed_factor;
  return w;
}

// Weights are relative: scaled to sum to 1 so that the contributions add up to the score.
MatchWeights normalised(MatchWeights w) {
  if (w.need + w.target + w.region + w.capacity + w.evidence <= 0)
    throw InvalidArgument("хотя бы один вес сигнала, кроме сходства, должен быть больше нуля");
  const double sum = w.need + w.target + w.region + w.capacity + w.evidence + w.similarity;
  for (double* v : {&w.need, &w.target, &w.region, &w.capacity, &w.evidence, &w.similarity}) *v /= sum;
  return w;
}

// How many of the best practices are reordered by their likeness to the first: on corpus/eval,
// 20 and 30 gave the same nDCG@5 and 10 a little less.
constexpr std::size_t likeness_depth = 20;

// Pseudo-relevance feedback: the first result answers the profile far more often than not (MRR
// ~0.95 on corpus/eval), and the practices most like it — by the terms that set it apart
// (Bank::likeness) — are likelier to answer it too than others of the same score. `weight` is
// the similarity's share of the score; the other signals make room for it.
void weigh_likeness(const Bank& bank, std::vector<Recommendation>& results, double weight) {
  if (results.empty() || weight <= 0) return;
  const Recommendation& best = results.front();
  std::vector<std::string> others;
  for (std::size_t i = 1; i < results.size(); ++i) others.push_back(results[i].id);
  std::map<std::string, double> like;
  try {
    like = bank.likeness(best.id, others);
  } catch (const NotFound&) {
    // removed from the bank since the search: nothing to compare with
  }
  const std::string first = "«" + best.title + "»";
  for (auto& rec : results) {
    const bool is_first = rec.id == best.id;
    const auto found = like.find(rec.id);
    const double value = is_first ? 1.0 : found == like.end() ? 0.0 : found->second;
    for (auto& sc : rec.explanation.signals) {
      sc.weight *= 1 - weight;
      sc.contribution *= 1 - weight;
    }
    rec.score = (1 - weight) * rec.score + weight * value;
    rec.explanation.signals.push_back(
        {"similarity", weight, value, weight * value,
         {is_first ? std::string("первая рекомендация: с ней сравниваются остальные")
                   : "сходство с первой рекомендацией " + first + ": " + std::to_string(static_cast<int>(value * 100 + 0.5)) + "%"}});
  }
  std::stable_sort(results.begin(), results.end(), ranks_before);
}

double region_value(RegionRelation r) {
  switch (r) {
    case RegionRelation::same: return 1.0;
    case RegionRelation::neighbour: return 0.7;
    case RegionRelation::district: return 0.4;
    case RegionRelation::other: return 0.1;
  }
  return 0.0;
}

bool in_scope(Scope scope, RegionRelation r) {
  switch (scope) {
    case Scope::all: return true;
    case Scope::own: return r == RegionRelation::same;
    case Scope::neighbours: return r == RegionRelation::same || r == RegionRelation::neighbour;
    case Scope::district: return r != RegionRelation::other;
  }
  return true;
}

// Capacity: 1 minus penalties for each resource the practice needs and the NGO lacks.
double capacity(const ResourceFacts& need, const ResourceFacts& have, bool profile_states_resources,
                std::vector<std::string>& gaps, std::vector<std::string>& evidence) {
  double penalty = 0.0;
  // Staff and a vehicle are paid from the practice's budget: an NGO that has that budget can hire
  // them (still listed as gaps, not counted).
  bool budget_covers_hiring = false;
  if (need.money_rub && *need.money_rub > 100000) {
    const double budget = *need.money_rub;
    const bool enough = have.money_rub && *have.money_rub >= budget * 0.5;
    if (!enough) {
      // Funding named without a sum may or may not cover the practice: half the penalty.
      const bool unknown = !have.money_rub && have.money_unspecified;
      // Under a million a year is a low-cost practice (corpus/eval/RUBRIC.md): a small gap.
      penalty += (budget >= 1e6 ? 0.45 : 0.15) * (unknown ? 0.5 : 1.0);
      gaps.push_back("бюджет практики ~" + format_rub(budget) + ", " +
                     (have.money_rub      ? "у вас " + format_rub(*have.money_rub)
                      : have.no_money     ? "у вас нет финансирования"
                      : unknown           ? "у вас сумма не указана"
                                          : "у вас не указан"));
    } else {
      evidence.push_back("бюджет практики ~" + format_rub(budget) + " вам по силам");
      budget_covers_hiring = true;
    }
  } else if (need.no_money || (need.money_rub && *need.money_rub <= 100000)) {
    evidence.push_back("практика работает почти без денег");
  }
  // Only a stated lack of premises counts: NGOs listing their people and things rarely mention
  // the office or the school they work in (tuned on corpus/eval: counting unmentioned premises
  // as missing lowered nDCG@5 by 0.002–0.003).
  if (need.premises && !need.premises_free && have.no_premises) {
    penalty += 0.2;
    gaps.push_back(need.area_m2 ? "нужно помещение (в практике " + std::to_string(static_cast<int>(*need.area_m2)) + " м²)"
                                : "нужно помещение");
  } else if (need.premises && have.no_premises) {
    penalty += 0.1;
    gaps.push_back("нужно помещение (в практике его предоставляют безвозмездно)");
  }
  double staff = 0.0;
  for (const auto& s : need.specialists) {
    // An NGO with its own car has someone to drive it.
    const bool driver = s == "водитель" && have.vehicle;
    if (driver || std::find(have.specialists.begin(), have.specialists.end(), s) != have.specialists.end()) {
      evidence.push_back("есть " + s);
      continue;
    }
    if (!profile_states_resources) continue;
    staff += 0.07;
    gaps.push_back("нужен специалист: " + s);
  }
  if (!budget_covers_hiring) penalty += std::min(staff, 0.3);
  if (need.vehicle && !have.vehicle && profile_states_resources) {
    if (!budget_covers_hiring) penalty += 0.15;
    gaps.push_back("нужен транспорт");
  }
  if (need.volunteers && *need.volunteers >= 5 && have.volunteers && *have.volunteers >= *need.volunteers / 2)
    evidence.push_back("волонтёров достаточно");
  return std::max(0.0, 1.0 - penalty);
}

std::string abridged(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t cut = s.rfind(' ', max_bytes);
  if (cut == std::string::npos) cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + " …";
}

}  // namespace

MatchResults match(const Bank& bank, const Profile& input, const MatchOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  Profile profile = input;
  bool has_groups = false;
  for (const auto& g : profile.target_groups) has_groups = has_groups || !text::trim(g).empty();
  if (text::trim(profile.problem).empty() && !has_groups)
    throw InvalidArgument("в профиле нужно указать проблему (problem) или целевые группы (target_groups)");

  MatchResults out;
  const auto& regions = RegionTable::russia();
  const Region* home = nullptr;
  if (!text::trim(profile.region).empty()) {
    home = regions.resolve(profile.region);
    if (!home) {
      std::string hint;
      for (const auto& s : regions.suggest(profile.region)) hint += (hint.empty() ? "" : ", ") + s;
      throw InvalidArgument("неизвестный регион «" + profile.region + "»; возможно, имелся в виду: " + hint);
    }
  }
  const ResourceFacts have = read_resources(profile.resources, profile.problem);
  const Constraints constraints = read_constraints(profile, have);
  out.notes = constraints.notes;
  Scope scope = profile.scope.value_or(constraints.scope.value_or(Scope::all));
  if (scope != Scope::all && !home) {
    out.notes.push_back("ограничение по регионам не применено: регион организации не указан");
    scope = Scope::all;
  }

  // Each target group of the profile is its own combination of age, disability and situation.
  std::vector<std::vector<std::string>> wanted;
  for (const auto& g : profile.target_groups)
    if (auto c = target_categories({g}); !c.empty()) wanted.push_back(std::move(c));
  if (wanted.empty())
    if (auto c = target_categories({profile.problem}); !c.empty()) wanted.push_back(std::move(c));
  const bool states_resources = !text::trim(profile.resources.personnel).empty() ||
                                !text::trim(profile.resources.material).empty() || have.no_money || have.no_premises;

  // The profile's text as the need signal reads it: its problem and its target groups.
  const std::string groups = joined_groups(profile);
  const std::string profile_text = profile.problem + " " + groups;
  auto pool = gather(bank, profile_text, groups, scope != Scope::all || !constraints.named_districts.empty() || constraints.adults_only);
  double best_need = 0.0;
  for (const auto& [id, c] : pool) best_need = std::max(best_need, c.need);
  const MatchWeights w = normalised(stressed(options.weights, constraints));
  const bool use_region = home && w.region > 0;
  const bool use_target = !wanted.empty() && w.target > 0;
  const auto query_terms = Thesaurus::terms(profile_text);
  // The kinds of help asked for, from the sentences saying what the NGO wants (the rest of the
  // problem names what is missing around it: "в садик не берут" is not a request for a kindergarten).
  const std::string request = request_sentences(profile.problem);
  const std::vector<std::string> wanted_services = Taxonomy::services().categorize(request.empty() ? profile.problem : request);

  // Phase 1, every candidate: filters, need and target fit. Phase 2, best bound first: the gated
  // signals (region, capacity, evidence, from the stored facts), stopping once no remaining
  // candidate can enter the top `limit` — the same results as scoring all of them.
  struct Partial {
    Recommendation rec;
    Candidate* candidate = nullptr;
    std::optional<RegionRelation> relation;
    double total = 0.0, weights = 0.0, gate = 1.0, bound = 0.0;
  };
  std::vector<Partial> partials;
  const std::size_t limit = options.limit.value_or(profile.limit.value_or(10));
  // Scored in full: enough for the likeness to the first to reorder.
  const std::size_t depth = w.similarity > 0 ? std::max(limit, likeness_depth) : limit;
  std::unordered_map<std::string, const Region*> region_of;
  for (auto& [id, c] : pool) {
    Recommendation rec;
    rec.id = c.id;
    rec.title = c.title;
    rec.organization = c.organization;
    // Practices share a few dozen region strings: resolve each once per call.
    auto [cached, fresh] = region_of.try_emplace(c.region, nullptr);
    if (fresh) cached->second = regions.resolve(cached->first);
    const Region* where = cached->second;
    rec.region = where ? where->name : c.region;
    Explanation& ex = rec.explanation;

    std::optional<RegionRelation> relation;
    if (home && where) relation = regions.relation(*home, *where);
    if (scope != Scope::all && (!relation || !in_scope(scope, *relation))) continue;
    const auto& districts = constraints.named_districts;
    if (!districts.empty() && (!where || std::find(districts.begin(), districts.end(), where->federal_district) == districts.end())) continue;
    const std::vector<std::string>& practice_groups = c.categories;
    const std::vector<std::string> offered = Taxonomy::builtin().with_ancestors(practice_groups);
    if (constraints.adults_only && !offered.empty() &&
        std::none_of(offered.begin(), offered.end(), [](const std::string& c2) { return c2 == "adults" || c2 == "youth" || c2 == "elderly"; }))
      continue;

    // Need and target fit say whether the practice answers the NGO at all; region, capacity and
    // evidence only separate practices that do, so they count in proportion to that fit (the
    // gate). Otherwise a nearby, cheap, well-described practice on another topic would rank high.
    Partial part;
    double& total = part.total;
    double& weights = part.weights;
    double& gate = part.gate;
    auto add = [&](std::string signal, double weight, double value, std::vector<std::string> evidence) {
      if (weight <= 0) return;
      ex.signals.push_back({std::move(signal), weight, value, weight * value, std::move(evidence)});
      total += weight * value;
      weights += weight;
    };

    if (w.need > 0) {
      double value = best_need > 0 ? c.need / best_need : 0.0;
      std::vector<std::string> ev;
      if (!wanted_services.empty()) {
        // Words shared with the problem, and whether the practice gives the kind of help asked for.
        std::vector<std::string> kinds;
        const double kind = kind_fit(wanted_services, c, kinds);
        value = (1 - service_share) * value + service_share * kind;
        for (const auto& k : kinds) ev.push_back("вид помощи: " + Taxonomy::services().find(k)->label);
        if (kind > 0 && kind < 1)
          ev.push_back(std::to_string(kinds.size()) + " из " + std::to_string(c.kinds.size()) + " видов помощи практики, в названии " +
                       (kinds.size() == 1 ? "не указан" : "не указаны"));
      }
      gate *= value;
      add("need", w.need, value, std::move(ev));  // the matched words are added for the results shown
    }
    if (use_target) {
      // Whom the practice is mainly for counts fully; groups it only also serves (the children of
      // the veterans it rides with) count a little less.
      double fit = secondary_share * group_fit(wanted, practice_groups, ex.target_groups);
      if (!c.primary.empty()) {
        std::vector<CategoryMatch> primary_matches;
        if (const double primary = group_fit(wanted, c.primary, primary_matches); primary >= fit) {
          fit = primary;
          ex.target_groups = std::move(primary_matches);
        }
      }
      std::vector<std::string> ev;
      for (const auto& m : ex.target_groups) {
        const Category* want = Taxonomy::builtin().find(m.wanted);
        const Category* got = m.found.empty() ? nullptr : Taxonomy::builtin().find(m.found);
        if (!want) continue;
        if (!got) ev.push_back("«" + want->label + "»: в практике нет");
        else if (m.score >= 1.0) ev.push_back("«" + want->label + "»: совпадает");
        else ev.push_back("«" + want->label + "» ~ «" + got->label + "»");
      }
      gate *= fit;
      add("target", w.target, fit, std::move(ev));
    }
    // Upper bound of the score: capacity and evidence at their best value, region at its own
    // (known from the relation already).
    const bool has_region = use_region && relation;
    const double gated_weights = w.capacity + w.evidence + (has_region ? w.region : 0.0);
    const double gated_best = w.capacity + w.evidence + (has_region ? w.region * region_value(*relation) : 0.0);
    part.bound = weights + gated_weights > 0 ? (total + gate * gated_best) / (weights + gated_weights) : 0.0;
    part.relation = relation;
    part.candidate = &c;
    part.rec = std::move(rec);
    partials.push_back(std::move(part));
  }

  std::sort(partials.begin(), partials.end(), [](const Partial& a, const Partial& b) {
    if (a.bound != b.bound) return a.bound > b.bound;
    return a.rec.id < b.rec.id;
  });
  for (auto& part : partials) {
    if (out.results.size() >= depth) {
      // out.results is kept sorted; its last entry is the k-th best so far.
      if (part.bound < out.results.back().score) break;
    }
    const Candidate& c = *part.candidate;
    Recommendation rec = std::move(part.rec);
    const std::optional<RegionRelation>& relation = part.relation;
    Explanation& ex = rec.explanation;
    double& total = part.total;
    double& weights = part.weights;
    const double gate = part.gate;
    auto add = [&](std::string signal, double weight, double value, std::vector<std::string> evidence) {
      if (weight <= 0) return;
      const double contribution = weight * value * gate;
      ex.signals.push_back({std::move(signal), weight, value, contribution, std::move(evidence)});
      total += contribution;
      weights += weight;
    };
    if (use_region && relation) {
      ex.region_relation = std::string(relation_key(*relation));
      add("region", w.region, region_value(*relation), {std::string(relation_label(*relation)) + ": " + rec.region});
    }
    if (w.capacity > 0) {
      std::vector<std::string> ev;
      const double value = capacity(c.needs, have, states_resources, ex.gaps, ev);
      add("capacity", w.capacity, value, std::move(ev));
    }
    if (w.evidence > 0) {
      // A complete description, and a practice replicated elsewhere (more: near the NGO, where
      // conditions are alike). When the profile asks for proof, how the effect was measured counts
      // as much as completeness, and replications count more.
      const bool proof = constraints.wants_proof;
      double value = proof ? 0.4 * c.readiness + 0.4 * c.evaluation_design : 0.8 * c.readiness;
      std::vector<std::string> ev{"полнота описания " + std::to_string(static_cast<int>(c.readiness * 100 + 0.5)) + "%"};
      if (proof)
        ev.push_back("эффект измерен: " + std::to_string(static_cast<int>(c.evaluation_design * 4 + 0.5)) +
                     " из 4 признаков (сравнение во времени, стандартный инструмент, отсроченная оценка, взгляд со стороны)");
      if (!c.replication_regions.empty()) {
        std::string near;
        for (const auto& where : c.replication_regions) {
          const Region* r = home ? regions.resolve(where) : nullptr;
          if (!r) continue;
          const RegionRelation rel = regions.relation(*home, *r);
          if (rel == RegionRelation::same || rel == RegionRelation::neighbour) near += (near.empty() ? "" : ", ") + r->name;
        }
        value += (near.empty() ? 0.1 : 0.2) * (proof ? 2 : 1);
        ev.push_back("тиражирована: " + std::to_string(c.replication_regions.size()) + " раз(а)" +
                     (near.empty() ? "" : ", в том числе рядом с вами: " + near));
      }
      add("evidence", w.evidence, std::min(1.0, value), std::move(ev));
    }
    // A signal that does not apply (no region known) leaves its share to the others, so the
    // reported weights and contributions still add up to 1 and to the score.
    for (auto& sc : ex.signals) {
      sc.weight /= weights;
      sc.contribution /= weights;
    }
    rec.score = weights > 0 ? total / weights : 0.0;
    const auto at = std::upper_bound(out.results.begin(), out.results.end(), rec, ranks_before);
    out.results.insert(at, std::move(rec));
    if (out.results.size() > depth) out.results.pop_back();
  }
  weigh_likeness(bank, out.results, w.similarity);
  if (out.results.size() > limit) out.results.resize(limit);
  // Quotes are the costly part of an explanation (every sentence analysed): only for those shown.
  const MatchedWords profile_words(profile_text);
  // A practice removed from the bank since the search is left out.
  std::erase_if(out.results, [&](const Recommendation& rec) { return !pool.at(rec.id).practice(bank); });
  for (auto& rec : out.results) {
    const Practice& p = *pool.at(rec.id).practice(bank);
    Explanation& ex = rec.explanation;
    ex.quotes = best_sentences(p, query_terms, 2);
    for (auto& sc : ex.signals) {
      if (sc.signal != "need") continue;
      std::string words;
      const auto matched = profile_words.in(p);
      for (std::size_t i = 0; i < matched.size() && i < max_matched_words; ++i) words += (words.empty() ? "" : ", ") + matched[i];
      if (matched.size() > max_matched_words) words += " …";
      if (!words.empty()) sc.evidence.push_back("совпали слова: " + words);
    }
    ex.difficulties = abridged(p.difficulties, 300);
    for (const auto* s : {&p.contacts.person, &p.contacts.email, &p.contacts.phone})
      if (!s->empty()) ex.contact += (ex.contact.empty() ? "" : ", ") + *s;
  }
  out.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return out;
}

MatchWeights weights_from_json(const nlohmann::json& j) {
  MatchWeights w;
  if (!j.is_object()) throw InvalidArgument("weights must be a JSON object");
  auto read = [&](const char* key, double& v) {
    if (auto it = j.find(key); it != j.end()) {
      if (!it->is_number() || it->get<double>() < 0) throw InvalidArgument(std::string("weight \"") + key + "\" must be a number ≥ 0");
      v = it->get<double>();
    }
  };
  read("need", w.need);
  read("target", w.target);
  read("region", w.region);
  read("capacity", w.capacity);
  read("evidence", w.evidence);
  read("similarity", w.similarity);
  return w;
}

void to_json(nlohmann::json& j, const CategoryMatch& v) {
  j = {{"wanted", v.wanted}, {"found", v.found}, {"score", v.score}};
}
void to_json(nlohmann::json& j, const SignalContribution& v) {
  j = {{"signal", v.signal}, {"weight", v.weight}, {"value", v.value}, {"contribution", v.contribution}, {"evidence", v.evidence}};
}
void to_json(nlohmann::json& j, const Explanation& v) {
  j = {{"signals", v.signals}, {"target_groups", v.target_groups}, {"region_relation", v.region_relation},
       {"gaps", v.gaps}, {"quotes", v.quotes}, {"difficulties", v.difficulties}, {"contact", v.contact}};
}
void to_json(nlohmann::json& j, const Recommendation& v) {
  j = {{"id", v.id}, {"title", v.title}, {"region", v.region}, {"organization", v.organization},
       {"score", v.score}, {"explanation", v.explanation}};
}
void to_json(nlohmann::json& j, const MatchResults& v) {
  j = {{"results", v.results}, {"notes", v.notes}, {"took_ms", v.took_ms}};
}
void to_json(nlohmann::json& j, const MatchWeights& v) {
  j = {{"need", v.need}, {"target", v.target}, {"region", v.region}, {"capacity", v.capacity}, {"evidence", v.evidence},
       {"similarity", v.similarity}};
}

}  // namespace practice
