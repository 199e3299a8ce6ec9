#include <practice/evaluation_design.hpp>

#include <string>
#include <string_view>

#include <practice/text/normalize.hpp>

namespace practice {
namespace {

bool any_of(const std::string& folded, std::initializer_list<std::string_view> stems) {
  for (auto s : stems)
    if (folded.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

double evaluation_design(const Practice& p) {
  const std::string t = text::fold(p.evaluation + "\n" + p.results.quantitative + "\n" + p.results.qualitative);
  int marks = 0;
  // Folded stems: «в начале и через 3 месяца», «входное и выходное тестирование», «до и после курса».
  marks += any_of(t, {"до и после", "в начале и", "на входе и на выходе", "входн", "повторн", "динамик", "при вступлении и через",
                      "в начале программы и", "на старте и", "до начала", "при заселении и", "дважды в год",
                      "каждые 3 месяц", "каждые три месяц"});
  marks += any_of(t, {"шкал", "тест", "опросник", "методик", "индекс", "gas", "vineland", "мониторинг показател", "стандартизирован", "карта оценки",
                      "карта развития", "карте развития", "чек-лист", "протокол"});
  marks += any_of(t, {"катамнез", "отслежива", "через полгода", "через год", "через 6 месяц", "через 12 месяц", "спустя",
                      "после окончания", "после выпуска", "после завершения", "через 6 и 12", "после выезда",
                      "после программы", "после курса"});
  marks += any_of(t, {"внешн", "независим", "контрольн", "сравнительн", "группа сравнения", "экспертиз", "университет", "сравнени"});
  return marks / 4.0;
}

}  // namespace practice
