-- wrk script for scripts/load_test.sh: GET /api/search, cycling through a few Russian queries.
local queries = {
  "q=%D0%B4%D0%B5%D1%82%D0%B5%D0%B9-%D0%B8%D0%BD%D0%B2%D0%B0%D0%BB%D0%B8%D0%B4%D0%BE%D0%B2",                    -- детей-инвалидов
  "q=%D0%B2%D0%BE%D0%BB%D0%BE%D0%BD%D1%82%D1%91%D1%80%D1%8B&region=%D0%91%D1%83%D1%80%D1%8F%D1%82%D0%B8%D1%8F", -- волонтёры, Бурятия
  "q=%D0%B0%D1%83%D1%82%D0%B8%D0%B7%D0%BC",                                                                    -- аутизм
  "q=%22%D1%80%D0%B0%D0%BD%D0%BD%D1%8F%D1%8F+%D0%BF%D0%BE%D0%BC%D0%BE%D1%89%D1%8C%22",                         -- "ранняя помощь"
  "q=%D1%80%D0%B5%D0%B0%D0%B1%D0%B8%D0%BB%D0%B8%D1%82%D0%B0%D1%86%D0%B8%D1%8F&limit=20",                       -- реабилитация
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/search?" .. queries[i])
end
