#include "synthesizer.hpp"

#include <algorithm>

#include <practice/error.hpp>
#include <practice/loader.hpp>
#include <practice/regions.hpp>

namespace practice::bench {
namespace {


const char* const first_names[] = {"Ольга",  "Марина", "Елена",  "Татьяна", "Наталья", "Ирина",
                                   "Светлана", "Анна", "Юлия",   "Людмила", "Галина",  "Екатерина"};
const char* const patronymics[] = {"Викторовна", "Андреевна", "Сергеевна", "Ивановна",
                                   "Петровна",   "Юрьевна",   "Николаевна", "Александровна"};
const char* const surnames[] = {"Кудрявцева", "Шестакова", "Гребенникова", "Иванова",  "Петрова", "Соколова",
                                "Михайлова",  "Новикова",  "Фёдорова",     "Морозова", "Волкова", "Алексеева",
                                "Лебедева",   "Семёнова",  "Егорова",      "Павлова",  "Козлова", "Степанова"};

// "1 семья", "2 семьи", "5 семей": Russian plural by the last digits.
std::string counted(std::size_t n, const char* one, const char* few, const char* many) {
  const std::size_t d10 = n % 10, d100 = n % 100;
  const char* w = (d10 == 1 && d100 != 11) ? one : (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) ? few : many;
  return std::to_string(n) + " " + w;
}

template <class T, std::size_t N>
const T& pick(Rng& rng, const T (&a)[N]) { return a[draw(rng, N)]; }

template <class T>
const T& pick(Rng& rng, const std::vector<T>& v) { return v[draw(rng, v.size())]; }

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

Synthesizer::Synthesizer(const std::filesystem::path& corpus, std::uint64_t seed) : seed_(seed), rng_(seed) {
  const LoadResult loaded = load_paths({corpus});
  if (loaded.practices.empty()) throw Error("no practices to learn from in " + corpus.string());
  for (const auto& lp : loaded.practices) {
    const Practice& p = lp.practice;
    chains_[Field::title].train_unit(p.title);
    for (Field f : {Field::summary, Field::problem, Field::goal, Field::technologies, Field::evaluation,
                    Field::difficulties, Field::perspectives, Field::organization_info})
      chains_[f].train_prose(field_text(p, f));
    chains_[Field::results].train_prose(p.results.qualitative);
    for (const auto& t : p.tasks) chains_[Field::tasks].train_unit(t);
    for (const auto& s : p.stages) chains_[Field::stages].train_unit(s);
    informational_.train_prose(p.resources.informational);
    material_.train_prose(p.resources.material);
    personnel_.train_prose(p.resources.personnel);
    partners_.train_prose(p.resources.partners);
    for (const auto& g : p.target_groups) add_unique(target_groups_, g);
    add_unique(organization_names_, p.organization.name);
    add_unique(legal_forms_, p.organization.legal_form);
  }
}

std::string Synthesizer::prose(Field f, std::size_t min_sentences, std::size_t max_sentences, std::size_t max_words) {
  std::string out;
  const std::size_t n = min_sentences + draw(rng_, max_sentences - min_sentences + 1);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string s = chains_[f].sentence(rng_, max_words);
    if (s.empty()) continue;
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

std::vector<std::string> Synthesizer::items(Field f, std::size_t min_items, std::size_t max_items, std::size_t max_words) {
  std::vector<std::string> out;
  const std::size_t n = min_items + draw(rng_, max_items - min_items + 1);
  for (std::size_t i = 0; i < n; ++i) add_unique(out, chains_[f].sentence(rng_, max_words));
  return out;
}

std::string Synthesizer::quantitative() {
  std::string out;
  out += counted(20 + draw(rng_, 600), "семья получила", "семьи получили", "семей получили") + " помощь;\n";
  out += counted(5 + draw(rng_, 300), "мероприятие проведено", "мероприятия проведено", "мероприятий проведено") + ";\n";
  out += counted(3 + draw(rng_, 80), "волонтёр", "волонтёра", "волонтёров") + " прошли обучение;\n";
  out += std::to_string(50 + draw(rng_, 50)) + "% участников оценили помощь как полезную.";
  return out;
}

std::string Synthesizer::financial() {
  static const char* const sources[] = {"грант Президента Российской Федерации", "субсидия регионального бюджета",
                                        "пожертвования частных лиц", "средства муниципальной программы",
                                        "грант благотворительного фонда"};
  const std::size_t thousands = 50 + draw(rng_, 6000);
  const std::string sum = thousands >= 1000 ? std::to_string(thousands / 1000) + "," + std::to_string(thousands % 1000 / 100) + " млн рублей"
                                            : std::to_string(thousands) + " тыс. рублей";
  return "бюджет практики " + sum + ": " + pick(rng_, sources) + ".";
}

Practice Synthesizer::next() {
  Practice p;
  p.id = "synth-" + std::to_string(seed_) + "-" + std::to_string(++count_);
  const auto& regions = RegionTable::russia().all();
  const Region& region = pick(rng_, regions);

  p.title = chains_[Field::title].sentence(rng_, 12);
  if (!p.title.empty() && p.title.back() == '.') p.title.pop_back();
  p.organization.legal_form = pick(rng_, legal_forms_);
  p.organization.name = pick(rng_, organization_names_);
  p.organization.head = std::string(pick(rng_, surnames)) + " " + pick(rng_, first_names) + " " + pick(rng_, patronymics);
  p.organization.region = region.name;
  p.summary = prose(Field::summary, 1, 2, 16);
  p.problem = prose(Field::problem, 1, 2, 14);
  const std::size_t groups = 1 + draw(rng_, 2);
  for (std::size_t i = 0; i < groups; ++i) add_unique(p.target_groups, pick(rng_, target_groups_));
  p.goal = prose(Field::goal, 1, 1, 14);
  p.tasks = items(Field::tasks, 1, 3, 7);
  p.stages = items(Field::stages, 1, 2, 7);
  p.technologies = prose(Field::technologies, 1, 1, 12);
  p.results.qualitative = prose(Field::results, 1, 1, 14);
  p.results.quantitative = quantitative();
  p.resources.informational = informational_.sentence(rng_, 5);
  p.resources.material = material_.sentence(rng_, 5);
  p.resources.financial = financial();
  p.resources.personnel = personnel_.sentence(rng_, 5);
  p.resources.partners = partners_.sentence(rng_, 5);
  p.evaluation = prose(Field::evaluation, 1, 1, 12);
  p.difficulties = prose(Field::difficulties, 1, 1, 14);
  p.perspectives = prose(Field::perspectives, 1, 1, 12);
  p.contacts.person = p.organization.head;
  p.contacts.email = "info@ngo" + std::to_string(count_) + ".ru";
  p.contacts.phone = "+7 (" + std::to_string(300 + draw(rng_, 600)) + ") " + std::to_string(100 + draw(rng_, 900)) + "-" +
                     std::to_string(10 + draw(rng_, 90)) + "-" + std::to_string(10 + draw(rng_, 90));
  p.contacts.address = region.name;
  p.organization_info = prose(Field::organization_info, 1, 1, 12);
  p.period.start = 2008 + static_cast<int>(draw(rng_, 18));
  if (draw(rng_, 2) == 0) p.period.ongoing = true;
  else p.period.end = *p.period.start + static_cast<int>(draw(rng_, 5));
  return p;
}

std::string to_template_text(const Practice& p) {
  std::string out;
  auto line = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out.append(key).append(": ").append(value).append("\n");
  };
  auto list = [&](const std::vector<std::string>& v) {
    for (const auto& s : v) out.append("- ").append(s).append("\n");
  };
  auto heading = [&](int n, Field f) { out.append(out.empty() ? "" : "\n").append(std::to_string(n)).append(". ").append(field_heading(f)).append("\n"); };
  heading(1, Field::title);
  out += p.title + "\n";
  if (p.period.start)
    line("Сроки реализации", std::to_string(*p.period.start) + " – " +
                                 (p.period.ongoing ? std::string("по настоящее время") : std::to_string(p.period.end.value_or(*p.period.start))));
  heading(2, Field::organization);
  line("Организационно-правовая форма", p.organization.legal_form);
  line("Наименование", p.organization.name);
  line("Руководитель", p.organization.head);
  line("Регион", p.organization.region);
  heading(3, Field::summary);
  out += p.summary + "\n";
  heading(4, Field::problem);
  out += p.problem + "\n";
  heading(5, Field::target_groups);
  list(p.target_groups);
  heading(6, Field::goal);
  out += p.goal + "\n";
  heading(7, Field::tasks);
  list(p.tasks);
  heading(8, Field::stages);
  list(p.stages);
  heading(9, Field::technologies);
  out += p.technologies + "\n";
  heading(10, Field::results);
  line("Качественные результаты", p.results.qualitative);
  out += "Количественные результаты:\n";
  for (std::size_t b = 0, e; b < p.results.quantitative.size(); b = e + 1) {
    e = p.results.quantitative.find('\n', b);
    if (e == std::string::npos) e = p.results.quantitative.size();
    out.append("- ").append(p.results.quantitative, b, e - b).append("\n");
  }
  heading(11, Field::resources);
  line("Информационные ресурсы", p.resources.informational);
  line("Материальные ресурсы", p.resources.material);
  line("Финансовые ресурсы", p.resources.financial);
  line("Кадровые ресурсы", p.resources.personnel);
  line("Партнёры", p.resources.partners);
  heading(12, Field::evaluation);
  out += p.evaluation + "\n";
  heading(13, Field::difficulties);
  out += p.difficulties + "\n";
  heading(14, Field::perspectives);
  out += p.perspectives + "\n";
  heading(15, Field::contacts);
  line("Контактное лицо", p.contacts.person);
  line("E-mail", p.contacts.email);
  line("Адрес", p.contacts.address);
  line("Телефон", p.contacts.phone);
  heading(16, Field::organization_info);
  out += p.organization_info + "\n";
  return out;
}

}  // namespace practice::bench
