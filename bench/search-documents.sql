-- Seeds search_document with :documents synthetic Vietnamese stories for bench/search.sh. Run with psql
-- against the app's embedded PostgreSQL after the demo data has loaded (the tree, the sections):
--
--   psql -h localhost -p PORT -U postgres -v ON_ERROR_STOP=1 -v documents=20000 -f bench/search-documents.sql
--
-- The rows go straight into the table, behind the index's back: the script then rebuilds the index
-- with the mass indexer (POST /api/v1/search/reindex), as after a restore.
--
-- Shape (the same :documents gives the same text; dates move with now()):
--   - text drawn from ~450 phrases: ~85 of the union's news (phụ nữ, khởi nghiệp, chuyển đổi số, dân tộc
--     thiểu số, nước sạch, Đoàn thanh niên…), frequent, then the names of the 166 communes and of 200
--     people, rare; a title of 4–8 phrases, a summary of 15–25, a body of 150–400 (~2,000–6,000
--     characters);
--   - one of the 166 communes of the demo province (its path for the subtree filter), one of the
--     sections; published evenly over the last ten years.

\set ON_ERROR_STOP on
select setseed(0.2026) \g /dev/null

create temporary table bench_phrase (n serial primary key, text text);
insert into bench_phrase (text) values
  ('phụ nữ'), ('khởi nghiệp'), ('chuyển đổi số'), ('dân tộc thiểu số'), ('hội viên'), ('chi hội'), ('tổ phụ nữ'),
  ('vay vốn'), ('giảm nghèo'), ('bình đẳng giới'), ('an sinh xã hội'), ('gia đình'), ('trẻ em'), ('nước sạch'),
  ('vệ sinh môi trường'), ('tuyên truyền'), ('pháp luật'), ('phòng chống bạo lực gia đình'), ('mô hình'), ('sinh kế'),
  ('nông nghiệp'), ('sản phẩm OCOP'), ('thương mại điện tử'), ('bán hàng trực tuyến'), ('Đoàn thanh niên'), ('văn hóa'),
  ('thể thao'), ('tập huấn'), ('kỹ năng số'), ('Bình dân học vụ số'), ('nông thôn mới'), ('hỗ trợ'), ('hộ nghèo'),
  ('mái ấm tình thương'), ('sức khỏe sinh sản'), ('dinh dưỡng'), ('người cao tuổi'), ('Đại hội'), ('thi đua'),
  ('khen thưởng'), ('Thanh Hóa'), ('Hạc Thành'), ('Hoằng Hóa'), ('biên giới'), ('miền núi'), ('lũ lụt'), ('cứu trợ'),
  ('an toàn giao thông'), ('ra quân'), ('tổ chức'), ('hội nghị'), ('sơ kết'), ('tổng kết'), ('phát động'), ('trao tặng'),
  ('học bổng'), ('cán bộ Hội'), ('cơ sở'), ('xã'), ('phường'), ('thôn'), ('bản'), ('làng nghề'), ('hợp tác xã'),
  ('tiết kiệm'), ('tín dụng'), ('ngân hàng chính sách'), ('nuôi ong'), ('trồng nấm'), ('dệt thổ cẩm'), ('du lịch cộng đồng'),
  ('ẩm thực'), ('áo dài'), ('phong trào'), ('năm 2026'), ('hiệu quả'), ('sáng tạo'), ('đoàn kết'), ('chăm lo'),
  ('lan tỏa'), ('yêu thương'), ('đảm đang'), ('bạn đọc'), ('ban chấp hành');
-- rarer words: the names of the province's communes and wards, and of people
insert into bench_phrase (text)
  select regexp_replace(u.name, '^Hội LHPN ', '') from unit u
  where u.level = 'COMMUNE' and u.path like (select path from unit where code = 'TH') || '%' order by u.path;
insert into bench_phrase (text)
  select 'chị ' || f || ' Thị ' || g
  from unnest(array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']) f,
       unnest(array['Lan', 'Hoa', 'Huệ', 'Mai', 'Đào', 'Cúc', 'Hằng', 'Nga', 'Thủy', 'Yến', 'Oanh', 'Ngọc', 'Quyên',
                    'Thảo', 'Trang', 'Vân', 'Xuân', 'Hương', 'Liên', 'Dung']) g;

create temporary table bench_commune as
  select row_number() over (order by u.path) as n, u.id, u.name, u.path
  from unit u where u.level = 'COMMUNE' and u.path like (select path from unit where code = 'TH') || '%';
create temporary table bench_section as
  select row_number() over (order by id) as n, id, name from section;

-- The text: k phrases drawn with index n * random()^2, so that the first phrases of the list come far
-- more often than the last (the news topics in most stories, a commune or a person's name in a few);
-- a body is one run of 150–400 phrases with a full stop after every 12th. Each subquery refers to g so
-- that PostgreSQL draws it anew for every row. (Phrases are joined by number, not taken from one
-- array: a subscript of a large array value decompresses the whole array each time.)
select count(*) as phrases from bench_phrase \gset

insert into search_document (doc_key, title, summary, body_text, url, section_id, section_name, unit_id, unit_name,
                             unit_path, published_at, image_url)
select 'bench:' || g, d.title, d.summary, d.body, '/tin/bench-' || g, s.id, s.name, c.id, c.name, c.path,
       now() - random() * interval '3650 days', '/media/bench-' || g || '/640.jpg'
from generate_series(1, :documents) g
cross join lateral (
  select (select string_agg(ph.text, ' ' order by r.i)
          from (select i, 1 + floor(random() ^ 2 * :phrases)::int as k
                from generate_series(1, 4 + (random() * 4)::int + 0 * g) i) r
          join bench_phrase ph on ph.n = r.k) as title,
         (select string_agg(ph.text, ' ' order by r.i) || '.'
          from (select i, 1 + floor(random() ^ 2 * :phrases)::int as k
                from generate_series(1, 15 + (random() * 10)::int + 0 * g) i) r
          join bench_phrase ph on ph.n = r.k) as summary,
         (select string_agg(ph.text || case when r.i % 12 = 0 then '.' else '' end, ' ' order by r.i)
          from (select i, 1 + floor(random() ^ 2 * :phrases)::int as k
                from generate_series(1, 150 + (random() * 250)::int + 0 * g) i) r
          join bench_phrase ph on ph.n = r.k) as body
) d
join bench_commune c on c.n = 1 + (g * 7919) % (select count(*) from bench_commune)
join bench_section s on s.n = 1 + (g * 31) % (select count(*) from bench_section);

analyze search_document;
select count(*) as documents, round(avg(length(body_text))) as avg_body_chars,
       pg_size_pretty(pg_total_relation_size('search_document')) as table_size
from search_document;
