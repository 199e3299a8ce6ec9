#include <practice/evaluation_design.hpp>

#include <string>

#include <practice/text/normalize.hpp>

namespace practice {

double evaluation_design(const Practice& p) {
  using text::contains_any;
  const std::string t = text::fold(p.evaluation + "\n" + p.results.quantitative + "\n" + p.results.qualitative);
  int marks = 0;
  // A comparison over time: «в начале и через 3 месяца», «входное и выходное тестирование».
  marks += contains_any(t, {"до и после", "в начале и", "на входе и на выходе", "входн", "повторн", "динамик",
                            "при вступлении и через", "в начале программы и", "на старте и", "до начала",
                            "при заселении и", "дважды в год", "каждые 3 месяц", "каждые три месяц"});
  // A standard instrument.
  marks += contains_any(t, {"шкал", "тест", "опросник", "методик", "индекс", "gas", "vineland", "мониторинг показател",
                            "стандартизирован", "карта оценки", "карта развития", "карте развития", "чек-лист", "протокол"});
  // A follow-up after the help ended.
  marks += contains_any(t, {"катамнез", "отслежива", "через полгода", "через год", "через 6 месяц", "через 12 месяц",
                            "спустя", "после окончания", "после выпуска", "после завершения", "через 6 и 12",
                            "после выезда", "после программы", "после курса"});
  // An outside view or a comparison.
  marks += contains_any(t, {"внешн", "независим", "контрольн", "сравнительн", "группа сравнения", "экспертиз",
                            "университет", "сравнени"});
  return marks / 4.0;
}

}  // namespace practice
