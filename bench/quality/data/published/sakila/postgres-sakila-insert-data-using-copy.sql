--
-- PostgreSQL database dump

SET client_encoding = 'UTF8';
SET standard_conforming_strings = off;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET escape_string_warning = off;

SET search_path = public, pg_catalog;

--
-- Name: actor_actor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('actor_actor_id_seq', 200, true);


--
-- Name: category_category_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('category_category_id_seq', 16, true);


--
-- Name: film_film_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('film_film_id_seq', 1000, true);


--
-- Name: address_address_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('address_address_id_seq', 605, true);


--
-- Name: city_city_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('city_city_id_seq', 600, true);


--
-- Name: country_country_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('country_country_id_seq', 109, true);


--
-- Name: customer_customer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('customer_customer_id_seq', 599, true);


--
-- Name: inventory_inventory_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('inventory_inventory_id_seq', 4581, true);


--
-- Name: language_language_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('language_language_id_seq', 6, true);


--
-- Name: payment_payment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('payment_payment_id_seq', 32098, true);


--
-- Name: rental_rental_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('rental_rental_id_seq', 16049, true);


--
-- Name: staff_staff_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('staff_staff_id_seq', 2, true);


--
-- Name: store_store_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('store_store_id_seq', 2, true);


-- Import data into table: language

ALTER TABLE language DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: language; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.language (language_id, name, last_update) FROM stdin;
5	French              	2006-02-15 05:02:19
1	English             	2006-02-15 05:02:19
6	German              	2006-02-15 05:02:19
4	Mandarin            	2006-02-15 05:02:19
2	Italian             	2006-02-15 05:02:19
3	Japanese            	2006-02-15 05:02:19
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE language ENABLE TRIGGER ALL;


-- import data into table:  country

ALTER TABLE country DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: country; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.country (country_id, country, last_update) FROM stdin;
81	Saint Vincent and the Grenadines	2006-02-15 04:44:00
61	Moldova	2006-02-15 04:44:00
45	Indonesia	2006-02-15 04:44:00
5	Anguilla	2006-02-15 04:44:00
1	Afghanistan	2006-02-15 04:44:00
98	Turkmenistan	2006-02-15 04:44:00
102	United Kingdom	2006-02-15 04:44:00
49	Italy	2006-02-15 04:44:00
11	Bahrain	2006-02-15 04:44:00
78	Romania	2006-02-15 04:44:00
64	Myanmar	2006-02-15 04:44:00
107	Yemen	2006-02-15 04:44:00
41	Holy See (Vatican City State)	2006-02-15 04:44:00
29	Egypt	2006-02-15 04:44:00
89	Sudan	2006-02-15 04:44:00
52	Kenya	2006-02-15 04:44:00
55	Liechtenstein	2006-02-15 04:44:00
13	Belarus	2006-02-15 04:44:00
21	Chad	2006-02-15 04:44:00
43	Hungary	2006-02-15 04:44:00
38	Germany	2006-02-15 04:44:00
86	South Korea	2006-02-15 04:44:00
91	Switzerland	2006-02-15 04:44:00
90	Sweden	2006-02-15 04:44:00
16	Brunei	2006-02-15 04:44:00
59	Malaysia	2006-02-15 04:44:00
12	Bangladesh	2006-02-15 04:44:00
73	Paraguay	2006-02-15 04:44:00
40	Greenland	2006-02-15 04:44:00
97	Turkey	2006-02-15 04:44:00
15	Brazil	2006-02-15 04:44:00
44	India	2006-02-15 04:44:00
6	Argentina	2006-02-15 04:44:00
51	Kazakstan	2006-02-15 04:44:00
105	Vietnam	2006-02-15 04:44:00
7	Armenia	2006-02-15 04:44:00
96	Tunisia	2006-02-15 04:44:00
42	Hong Kong	2006-02-15 04:44:00
50	Japan	2006-02-15 04:44:00
32	Faroe Islands	2006-02-15 04:44:00
48	Israel	2006-02-15 04:44:00
47	Iraq	2006-02-15 04:44:00
9	Austria	2006-02-15 04:44:00
77	Puerto Rico	2006-02-15 04:44:00
94	Thailand	2006-02-15 04:44:00
65	Nauru	2006-02-15 04:44:00
101	United Arab Emirates	2006-02-15 04:44:00
83	Senegal	2006-02-15 04:44:00
71	Oman	2006-02-15 04:44:00
60	Mexico	2006-02-15 04:44:00
92	Taiwan	2006-02-15 04:44:00
17	Bulgaria	2006-02-15 04:44:00
10	Azerbaijan	2006-02-15 04:44:00
103	United States	2006-02-15 04:44:00
72	Pakistan	2006-02-15 04:44:00
19	Cameroon	2006-02-15 04:44:00
36	French Polynesia	2006-02-15 04:44:00
58	Malawi	2006-02-15 04:44:00
70	North Korea	2006-02-15 04:44:00
109	Zambia	2006-02-15 04:44:00
34	France	2006-02-15 04:44:00
53	Kuwait	2006-02-15 04:44:00
54	Latvia	2006-02-15 04:44:00
23	China	2006-02-15 04:44:00
69	Nigeria	2006-02-15 04:44:00
87	Spain	2006-02-15 04:44:00
4	Angola	2006-02-15 04:44:00
18	Cambodia	2006-02-15 04:44:00
66	Nepal	2006-02-15 04:44:00
30	Estonia	2006-02-15 04:44:00
68	New Zealand	2006-02-15 04:44:00
57	Madagascar	2006-02-15 04:44:00
88	Sri Lanka	2006-02-15 04:44:00
100	Ukraine	2006-02-15 04:44:00
37	Gambia	2006-02-15 04:44:00
99	Tuvalu	2006-02-15 04:44:00
75	Philippines	2006-02-15 04:44:00
84	Slovakia	2006-02-15 04:44:00
63	Mozambique	2006-02-15 04:44:00
67	Netherlands	2006-02-15 04:44:00
27	Dominican Republic	2006-02-15 04:44:00
79	Runion	2006-02-15 04:44:00
2	Algeria	2006-02-15 04:44:00
8	Australia	2006-02-15 04:44:00
46	Iran	2006-02-15 04:44:00
104	Venezuela	2006-02-15 04:44:00
80	Russian Federation	2006-02-15 04:44:00
14	Bolivia	2006-02-15 04:44:00
35	French Guiana	2006-02-15 04:44:00
56	Lithuania	2006-02-15 04:44:00
93	Tanzania	2006-02-15 04:44:00
22	Chile	2006-02-15 04:44:00
24	Colombia	2006-02-15 04:44:00
26	Czech Republic	2006-02-15 04:44:00
82	Saudi Arabia	2006-02-15 04:44:00
39	Greece	2006-02-15 04:44:00
62	Morocco	2006-02-15 04:44:00
28	Ecuador	2006-02-15 04:44:00
74	Peru	2006-02-15 04:44:00
33	Finland	2006-02-15 04:44:00
31	Ethiopia	2006-02-15 04:44:00
76	Poland	2006-02-15 04:44:00
108	Yugoslavia	2006-02-15 04:44:00
85	South Africa	2006-02-15 04:44:00
106	Virgin Islands, U.S.	2006-02-15 04:44:00
95	Tonga	2006-02-15 04:44:00
3	American Samoa	2006-02-15 04:44:00
25	Congo, The Democratic Republic of the	2006-02-15 04:44:00
20	Canada	2006-02-15 04:44:00
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE country ENABLE TRIGGER ALL;


-- Import data into table: city

ALTER TABLE city DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: city; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.city (city_id, city, country_id, last_update) FROM stdin;
81	Birgunj	66	2006-02-15 04:45:25
600	Ziguinchor	83	2006-02-15 04:45:25
144	Dhule (Dhulia)	44	2006-02-15 04:45:25
488	Sokoto	69	2006-02-15 04:45:25
399	Pathankot	44	2006-02-15 04:45:25
149	Dundee	102	2006-02-15 04:45:25
135	Dallas	103	2006-02-15 04:45:25
311	Loja	28	2006-02-15 04:45:25
489	Songkhla	94	2006-02-15 04:45:25
115	Chisinau	61	2006-02-15 04:45:25
367	Niznekamsk	80	2006-02-15 04:45:25
355	Nagareyama	50	2006-02-15 04:45:25
189	Guaruj	15	2006-02-15 04:45:25
479	Simferopol	100	2006-02-15 04:45:25
126	Compton	103	2006-02-15 04:45:25
509	Surakarta	45	2006-02-15 04:45:25
332	Meixian	23	2006-02-15 04:45:25
61	Baybay	75	2006-02-15 04:45:25
407	Pingxiang	23	2006-02-15 04:45:25
116	Chungho	92	2006-02-15 04:45:25
45	Baha Blanca	6	2006-02-15 04:45:25
553	Uijongbu	86	2006-02-15 04:45:25
231	Jaipur	44	2006-02-15 04:45:25
228	Iwatsuki	50	2006-02-15 04:45:25
572	Vitria de Santo Anto	15	2006-02-15 04:45:25
508	Sunnyvale	103	2006-02-15 04:45:25
568	Vijayawada	44	2006-02-15 04:45:25
513	Tabora	93	2006-02-15 04:45:25
273	Klerksdorp	85	2006-02-15 04:45:25
5	Adana	97	2006-02-15 04:45:25
569	Vila Velha	15	2006-02-15 04:45:25
478	Siliguri (Shiliguri)	44	2006-02-15 04:45:25
599	Zhoushan	23	2006-02-15 04:45:25
263	Karnal	44	2006-02-15 04:45:25
243	Jodhpur	44	2006-02-15 04:45:25
319	Mahajanga	57	2006-02-15 04:45:25
410	Po	15	2006-02-15 04:45:25
409	Plock	76	2006-02-15 04:45:25
539	Tonghae	86	2006-02-15 04:45:25
437	Rustenburg	85	2006-02-15 04:45:25
239	Jhansi	44	2006-02-15 04:45:25
392	Paarl	85	2006-02-15 04:45:25
322	Manchester	103	2006-02-15 04:45:25
142	Denizli	97	2006-02-15 04:45:25
590	Yuncheng	23	2006-02-15 04:45:25
1	A Corua (La Corua)	87	2006-02-15 04:45:25
444	Salala	71	2006-02-15 04:45:25
335	Mexicali	60	2006-02-15 04:45:25
465	Sawhaj	29	2006-02-15 04:45:25
435	Rockford	103	2006-02-15 04:45:25
348	Mwene-Ditu	25	2006-02-15 04:45:25
517	Taguig	75	2006-02-15 04:45:25
285	Kurgan	80	2006-02-15 04:45:25
226	Iwaki	50	2006-02-15 04:45:25
321	Malm	90	2006-02-15 04:45:25
320	Maikop	80	2006-02-15 04:45:25
483	Skikda	2	2006-02-15 04:45:25
552	Ueda	50	2006-02-15 04:45:25
500	Stockport	102	2006-02-15 04:45:25
339	Mogiljov	13	2006-02-15 04:45:25
398	Parbhani	44	2006-02-15 04:45:25
438	s-Hertogenbosch	67	2006-02-15 04:45:25
140	Dayton	103	2006-02-15 04:45:25
98	Cabuyao	75	2006-02-15 04:45:25
102	Caracas	104	2006-02-15 04:45:25
419	Purwakarta	45	2006-02-15 04:45:25
49	Balaiha	80	2006-02-15 04:45:25
336	Miraj	44	2006-02-15 04:45:25
232	Jakarta	45	2006-02-15 04:45:25
11	Akron	103	2006-02-15 04:45:25
555	Urawa	50	2006-02-15 04:45:25
429	Ranchi	44	2006-02-15 04:45:25
510	Syktyvkar	80	2006-02-15 04:45:25
233	Jalib al-Shuyukh	53	2006-02-15 04:45:25
414	Portoviejo	28	2006-02-15 04:45:25
359	Nam Dinh	105	2006-02-15 04:45:25
78	Bijapur	44	2006-02-15 04:45:25
64	Beira	63	2006-02-15 04:45:25
566	Varanasi (Benares)	44	2006-02-15 04:45:25
554	Uluberia	44	2006-02-15 04:45:25
277	Korla	23	2006-02-15 04:45:25
340	Molodetno	13	2006-02-15 04:45:25
107	Chandrapur	44	2006-02-15 04:45:25
41	Augusta-Richmond County	103	2006-02-15 04:45:25
351	Naala-Porto	63	2006-02-15 04:45:25
418	Purnea (Purnia)	44	2006-02-15 04:45:25
540	Tongliao	23	2006-02-15 04:45:25
385	ostka	100	2006-02-15 04:45:25
421	Qalyub	29	2006-02-15 04:45:25
328	Maring	15	2006-02-15 04:45:25
532	Tegal	45	2006-02-15 04:45:25
526	Tanshui	92	2006-02-15 04:45:25
595	Zapopan	60	2006-02-15 04:45:25
152	Effon-Alaiye	69	2006-02-15 04:45:25
525	Tangail	12	2006-02-15 04:45:25
550	Udaipur	44	2006-02-15 04:45:25
578	Xiangfan	23	2006-02-15 04:45:25
470	Sharja	101	2006-02-15 04:45:25
265	Kermanshah	46	2006-02-15 04:45:25
29	Apeldoorn	67	2006-02-15 04:45:25
123	Clarksville	103	2006-02-15 04:45:25
458	Santa Rosa	75	2006-02-15 04:45:25
303	Liepaja	54	2006-02-15 04:45:25
178	Garland	103	2006-02-15 04:45:25
567	Vicente Lpez	6	2006-02-15 04:45:25
463	Sasebo	50	2006-02-15 04:45:25
89	Braslia	15	2006-02-15 04:45:25
451	San Felipe del Progreso	60	2006-02-15 04:45:25
365	Nezahualcyotl	60	2006-02-15 04:45:25
136	Datong	23	2006-02-15 04:45:25
224	Isesaki	50	2006-02-15 04:45:25
307	Linz	9	2006-02-15 04:45:25
427	Rampur	44	2006-02-15 04:45:25
242	Jinzhou	23	2006-02-15 04:45:25
432	Rizhao	23	2006-02-15 04:45:25
148	Duisburg	38	2006-02-15 04:45:25
283	Kumbakonam	44	2006-02-15 04:45:25
598	Zhezqazghan	51	2006-02-15 04:45:25
397	Papeete	36	2006-02-15 04:45:25
318	Madiun	45	2006-02-15 04:45:25
171	Fontana	103	2006-02-15 04:45:25
268	Kimchon	86	2006-02-15 04:45:25
52	Bamenda	19	2006-02-15 04:45:25
55	Barcelona	104	2006-02-15 04:45:25
453	San Lorenzo	73	2006-02-15 04:45:25
417	Pune	44	2006-02-15 04:45:25
502	Suihua	23	2006-02-15 04:45:25
159	Enshi	23	2006-02-15 04:45:25
170	Florencia	24	2006-02-15 04:45:25
131	Cuernavaca	60	2006-02-15 04:45:25
312	London	102	2006-02-15 04:45:25
13	al-Hawiya	82	2006-02-15 04:45:25
21	Alvorada	15	2006-02-15 04:45:25
325	Mannheim	38	2006-02-15 04:45:25
43	Avellaneda	6	2006-02-15 04:45:25
38	Athenai	39	2006-02-15 04:45:25
349	Myingyan	64	2006-02-15 04:45:25
347	Mwanza	93	2006-02-15 04:45:25
86	Botosani	78	2006-02-15 04:45:25
391	Ozamis	75	2006-02-15 04:45:25
91	Brescia	49	2006-02-15 04:45:25
190	guas Lindas de Gois	15	2006-02-15 04:45:25
176	Gandhinagar	44	2006-02-15 04:45:25
375	Okara	72	2006-02-15 04:45:25
175	Fuzhou	23	2006-02-15 04:45:25
374	Ogbomosho	69	2006-02-15 04:45:25
506	Sumy	100	2006-02-15 04:45:25
215	Ibirit	15	2006-02-15 04:45:25
326	Maracabo	104	2006-02-15 04:45:25
498	Stara Zagora	17	2006-02-15 04:45:25
408	Pjatigorsk	80	2006-02-15 04:45:25
199	Hami	23	2006-02-15 04:45:25
90	Bratislava	84	2006-02-15 04:45:25
16	al-Qatif	82	2006-02-15 04:45:25
579	Xiangtan	23	2006-02-15 04:45:25
290	La Romana	27	2006-02-15 04:45:25
573	Warren	103	2006-02-15 04:45:25
59	Batna	2	2006-02-15 04:45:25
546	Tsaotun	92	2006-02-15 04:45:25
297	Le Mans	34	2006-02-15 04:45:25
443	Sal	62	2006-02-15 04:45:25
492	Sousse	96	2006-02-15 04:45:25
472	Shikarpur	72	2006-02-15 04:45:25
353	Nador	62	2006-02-15 04:45:25
200	Hamilton	68	2006-02-15 04:45:25
12	al-Ayn	101	2006-02-15 04:45:25
518	Taizz	107	2006-02-15 04:45:25
442	Saint-Denis	79	2006-02-15 04:45:25
73	Bhavnagar	44	2006-02-15 04:45:25
255	Kalisz	76	2006-02-15 04:45:25
434	Robamba	28	2006-02-15 04:45:25
583	Yangor	65	2006-02-15 04:45:25
40	Atlixco	60	2006-02-15 04:45:25
563	Valle de Santiago	60	2006-02-15 04:45:25
150	Dzerzinsk	80	2006-02-15 04:45:25
238	Jelets	80	2006-02-15 04:45:25
487	Sogamoso	24	2006-02-15 04:45:25
97	Bydgoszcz	76	2006-02-15 04:45:25
341	Monclova	60	2006-02-15 04:45:25
196	Halifax	20	2006-02-15 04:45:25
256	Kamakura	50	2006-02-15 04:45:25
15	al-Qadarif	89	2006-02-15 04:45:25
343	Moscow	80	2006-02-15 04:45:25
44	Bag	15	2006-02-15 04:45:25
480	Sincelejo	24	2006-02-15 04:45:25
276	Koriyama	50	2006-02-15 04:45:25
315	Lubumbashi	25	2006-02-15 04:45:25
137	Daugavpils	54	2006-02-15 04:45:25
384	Osmaniye	97	2006-02-15 04:45:25
570	Vilnius	56	2006-02-15 04:45:25
143	Dhaka	12	2006-02-15 04:45:25
589	York	102	2006-02-15 04:45:25
6	Addis Abeba	31	2006-02-15 04:45:25
202	Hidalgo	60	2006-02-15 04:45:25
284	Kurashiki	50	2006-02-15 04:45:25
565	Vancouver	20	2006-02-15 04:45:25
179	Gatineau	20	2006-02-15 04:45:25
262	Kansas City	103	2006-02-15 04:45:25
475	Shivapuri	44	2006-02-15 04:45:25
575	Witten	38	2006-02-15 04:45:25
51	Balurghat	44	2006-02-15 04:45:25
105	Cayenne	35	2006-02-15 04:45:25
548	Tuguegarao	75	2006-02-15 04:45:25
250	Jurez	60	2006-02-15 04:45:25
7	Aden	107	2006-02-15 04:45:25
538	Tokat	97	2006-02-15 04:45:25
219	Iligan	75	2006-02-15 04:45:25
96	Buenaventura	24	2006-02-15 04:45:25
42	Aurora	103	2006-02-15 04:45:25
50	Balikesir	97	2006-02-15 04:45:25
32	Arecibo	77	2006-02-15 04:45:25
454	San Miguel de Tucumn	6	2006-02-15 04:45:25
208	Hoshiarpur	44	2006-02-15 04:45:25
259	Kamyin	80	2006-02-15 04:45:25
383	Oshawa	20	2006-02-15 04:45:25
594	Zaoyang	23	2006-02-15 04:45:25
576	Woodridge	8	2006-02-15 04:45:25
206	Hodeida	107	2006-02-15 04:45:25
182	Gingoog	75	2006-02-15 04:45:25
296	Lausanne	91	2006-02-15 04:45:25
181	Gijn	87	2006-02-15 04:45:25
229	Izumisano	50	2006-02-15 04:45:25
113	Cheju	86	2006-02-15 04:45:25
48	Baku	10	2006-02-15 04:45:25
47	Baiyin	23	2006-02-15 04:45:25
350	Mysore	44	2006-02-15 04:45:25
564	Valparai	44	2006-02-15 04:45:25
376	Okayama	50	2006-02-15 04:45:25
214	Hunuco	74	2006-02-15 04:45:25
198	Halle/Saale	38	2006-02-15 04:45:25
9	Ahmadnagar	44	2006-02-15 04:45:25
304	Lilongwe	58	2006-02-15 04:45:25
491	Soshanguve	85	2006-02-15 04:45:25
585	Yaound	19	2006-02-15 04:45:25
291	Laiwu	23	2006-02-15 04:45:25
580	Xintai	23	2006-02-15 04:45:25
504	Sultanbeyli	97	2006-02-15 04:45:25
112	Chatsworth	85	2006-02-15 04:45:25
415	Probolinggo	45	2006-02-15 04:45:25
191	Gulbarga	44	2006-02-15 04:45:25
77	Bhusawal	44	2006-02-15 04:45:25
279	Kowloon and New Kowloon	42	2006-02-15 04:45:25
499	Sterling Heights	103	2006-02-15 04:45:25
425	Rae Bareli	44	2006-02-15 04:45:25
446	Salinas	103	2006-02-15 04:45:25
194	Haiphong	105	2006-02-15 04:45:25
490	Sorocaba	15	2006-02-15 04:45:25
302	Liaocheng	23	2006-02-15 04:45:25
141	Deba Habe	69	2006-02-15 04:45:25
373	Ocumare del Tuy	104	2006-02-15 04:45:25
234	Jamalpur	12	2006-02-15 04:45:25
588	Yingkou	23	2006-02-15 04:45:25
94	Brockton	103	2006-02-15 04:45:25
65	Bellevue	103	2006-02-15 04:45:25
241	Jining	23	2006-02-15 04:45:25
101	Cape Coral	103	2006-02-15 04:45:25
323	Mandaluyong	75	2006-02-15 04:45:25
561	Valencia	104	2006-02-15 04:45:25
83	Blumenau	15	2006-02-15 04:45:25
257	Kamarhati	44	2006-02-15 04:45:25
519	Talavera	75	2006-02-15 04:45:25
71	Berhampore (Baharampur)	44	2006-02-15 04:45:25
60	Battambang	18	2006-02-15 04:45:25
523	Tanauan	75	2006-02-15 04:45:25
503	Sullana	74	2006-02-15 04:45:25
305	Lima	74	2006-02-15 04:45:25
165	Ezeiza	6	2006-02-15 04:45:25
295	Laredo	103	2006-02-15 04:45:25
92	Brest	34	2006-02-15 04:45:25
130	Cuautla	60	2006-02-15 04:45:25
188	Guadalajara	60	2006-02-15 04:45:25
426	Rajkot	44	2006-02-15 04:45:25
474	Shimonoseki	50	2006-02-15 04:45:25
134	Dadu	72	2006-02-15 04:45:25
17	Alessandria	49	2006-02-15 04:45:25
10	Akishima	50	2006-02-15 04:45:25
469	Shaoguan	23	2006-02-15 04:45:25
164	Etawah	44	2006-02-15 04:45:25
423	Qomsheh	46	2006-02-15 04:45:25
103	Carmen	60	2006-02-15 04:45:25
264	Katihar	44	2006-02-15 04:45:25
544	Toulouse	34	2006-02-15 04:45:25
72	Bern	91	2006-02-15 04:45:25
153	El Alto	14	2006-02-15 04:45:25
467	Shahr-e Kord	46	2006-02-15 04:45:25
288	La Paz	60	2006-02-15 04:45:25
184	Gorontalo	45	2006-02-15 04:45:25
476	Shubra al-Khayma	29	2006-02-15 04:45:25
345	Mukateve	100	2006-02-15 04:45:25
545	Trshavn	32	2006-02-15 04:45:25
192	Hagonoy	75	2006-02-15 04:45:25
460	Santiago de los Caballeros	27	2006-02-15 04:45:25
19	Allende	60	2006-02-15 04:45:25
282	Kuching	59	2006-02-15 04:45:25
36	Ashqelon	48	2006-02-15 04:45:25
536	Tiefa	23	2006-02-15 04:45:25
516	Tafuna	3	2006-02-15 04:45:25
128	Crdoba	6	2006-02-15 04:45:25
406	Phnom Penh	18	2006-02-15 04:45:25
197	Halisahar	44	2006-02-15 04:45:25
556	Uruapan	60	2006-02-15 04:45:25
249	Junan	23	2006-02-15 04:45:25
310	Ljubertsy	80	2006-02-15 04:45:25
395	Palghat (Palakkad)	44	2006-02-15 04:45:25
358	Nakhon Sawan	94	2006-02-15 04:45:25
530	Tartu	30	2006-02-15 04:45:25
161	Escobar	6	2006-02-15 04:45:25
274	Kolpino	80	2006-02-15 04:45:25
124	Coacalco de Berriozbal	60	2006-02-15 04:45:25
58	Batman	97	2006-02-15 04:45:25
70	Bergamo	49	2006-02-15 04:45:25
109	Changzhou	23	2006-02-15 04:45:25
275	Konotop	100	2006-02-15 04:45:25
280	Kragujevac	108	2006-02-15 04:45:25
212	Huejutla de Reyes	60	2006-02-15 04:45:25
34	Ashdod	48	2006-02-15 04:45:25
577	Wroclaw	76	2006-02-15 04:45:25
299	Leshan	23	2006-02-15 04:45:25
559	Uttarpara-Kotrung	44	2006-02-15 04:45:25
272	Kitwe	109	2006-02-15 04:45:25
313	London	20	2006-02-15 04:45:25
53	Bandar Seri Begawan	16	2006-02-15 04:45:25
317	Luzinia	15	2006-02-15 04:45:25
378	Olomouc	26	2006-02-15 04:45:25
278	Korolev	80	2006-02-15 04:45:25
389	Owo	69	2006-02-15 04:45:25
468	Shanwei	23	2006-02-15 04:45:25
54	Banjul	37	2006-02-15 04:45:25
258	Kamjanets-Podilskyi	100	2006-02-15 04:45:25
344	Mosul	47	2006-02-15 04:45:25
172	Fukuyama	50	2006-02-15 04:45:25
521	Tama	50	2006-02-15 04:45:25
195	Haldia	44	2006-02-15 04:45:25
244	Johannesburg	85	2006-02-15 04:45:25
369	Novoterkassk	80	2006-02-15 04:45:25
582	Yamuna Nagar	44	2006-02-15 04:45:25
269	Kingstown	81	2006-02-15 04:45:25
23	Amersfoort	67	2006-02-15 04:45:25
119	Ciparay	45	2006-02-15 04:45:25
381	Ondo	69	2006-02-15 04:45:25
185	Grand Prairie	103	2006-02-15 04:45:25
557	Usak	97	2006-02-15 04:45:25
157	Emeishan	23	2006-02-15 04:45:25
528	Tarlac	75	2006-02-15 04:45:25
512	Szkesfehrvr	43	2006-02-15 04:45:25
309	Livorno	49	2006-02-15 04:45:25
308	Lipetsk	80	2006-02-15 04:45:25
271	Kisumu	52	2006-02-15 04:45:25
574	Weifang	23	2006-02-15 04:45:25
69	Benin City	69	2006-02-15 04:45:25
183	Goinia	15	2006-02-15 04:45:25
520	Tallahassee	103	2006-02-15 04:45:25
593	Zanzibar	93	2006-02-15 04:45:25
87	Botshabelo	85	2006-02-15 04:45:25
551	Udine	49	2006-02-15 04:45:25
4	Acua	60	2006-02-15 04:45:25
352	Nabereznyje Telny	80	2006-02-15 04:45:25
400	Patiala	44	2006-02-15 04:45:25
260	Kanazawa	50	2006-02-15 04:45:25
18	Allappuzha (Alleppey)	44	2006-02-15 04:45:25
66	Belm	15	2006-02-15 04:45:25
154	El Fuerte	60	2006-02-15 04:45:25
117	Cianjur	45	2006-02-15 04:45:25
477	Siegen	38	2006-02-15 04:45:25
430	Richmond Hill	20	2006-02-15 04:45:25
254	Kaliningrad	80	2006-02-15 04:45:25
331	Matsue	50	2006-02-15 04:45:25
382	Onomichi	50	2006-02-15 04:45:25
356	Najafabad	46	2006-02-15 04:45:25
220	Ilorin	69	2006-02-15 04:45:25
30	Araatuba	15	2006-02-15 04:45:25
405	Pereira	24	2006-02-15 04:45:25
177	Garden Grove	103	2006-02-15 04:45:25
68	Beni-Mellal	62	2006-02-15 04:45:25
57	Bat Yam	48	2006-02-15 04:45:25
186	Graz	9	2006-02-15 04:45:25
441	Saint Louis	103	2006-02-15 04:45:25
431	Rio Claro	15	2006-02-15 04:45:25
169	Firozabad	44	2006-02-15 04:45:25
380	Omiya	50	2006-02-15 04:45:25
493	South Hill	5	2006-02-15 04:45:25
447	Salzburg	9	2006-02-15 04:45:25
138	Davao	75	2006-02-15 04:45:25
88	Bradford	102	2006-02-15 04:45:25
314	Lublin	76	2006-02-15 04:45:25
362	Nanyang	23	2006-02-15 04:45:25
100	Cam Ranh	105	2006-02-15 04:45:25
163	Eskisehir	97	2006-02-15 04:45:25
396	Pangkal Pinang	45	2006-02-15 04:45:25
129	Cuauhtmoc	60	2006-02-15 04:45:25
37	Asuncin	73	2006-02-15 04:45:25
99	Callao	74	2006-02-15 04:45:25
267	Kimberley	85	2006-02-15 04:45:25
210	Huaian	23	2006-02-15 04:45:25
445	Salamanca	60	2006-02-15 04:45:25
266	Kilis	97	2006-02-15 04:45:25
261	Kanchrapara	44	2006-02-15 04:45:25
287	Kuwana	50	2006-02-15 04:45:25
173	Funafuti	99	2006-02-15 04:45:25
388	Ourense (Orense)	87	2006-02-15 04:45:25
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE city ENABLE TRIGGER ALL;


-- Import data into table: address

ALTER TABLE address DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: address; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.address (address_id, address, address2, district, city_id, postal_code, phone, last_update) FROM stdin;
81	1692 Ede Loop	\N	 	30	9223	 	2006-02-15 04:45:30
600	1837 Kaduna Parkway	\N	 	241	82580	 	2006-02-15 04:45:30
144	1666 Beni-Mellal Place	\N	 	123	13377	 	2006-02-15 04:45:30
488	698 Jelets Boulevard	\N	 	142	2596	 	2006-02-15 04:45:30
399	331 Bydgoszcz Parkway	\N	 	181	966	 	2006-02-15 04:45:30
149	999 Sanaa Loop	\N	 	491	3439	 	2006-02-15 04:45:30
135	1752 So Leopoldo Parkway	\N	 	345	14014	 	2006-02-15 04:45:30
311	715 So Bernardo do Campo Lane	\N	 	507	84804	 	2006-02-15 04:45:30
489	1297 Alvorada Parkway	\N	 	587	11839	 	2006-02-15 04:45:30
115	1378 Alvorada Avenue	\N	 	102	75834	 	2006-02-15 04:45:30
367	1163 London Parkway	\N	 	66	6066	 	2006-02-15 04:45:30
355	469 Nakhon Sawan Street	\N	 	531	58866	 	2006-02-15 04:45:30
189	927 Barcelona Street	\N	 	467	65121	 	2006-02-15 04:45:30
479	1854 Okara Boulevard	\N	 	158	42123	 	2006-02-15 04:45:30
126	1175 Tanauan Way	\N	 	305	64615	 	2006-02-15 04:45:30
509	786 Matsue Way	\N	 	245	37469	 	2006-02-15 04:45:30
332	663 Baha Blanca Parkway	\N	 	5	33463	 	2006-02-15 04:45:30
61	943 Tokat Street	\N	 	560	45428	 	2006-02-15 04:45:30
407	1346 Mysore Drive	\N	 	92	61507	 	2006-02-15 04:45:30
116	793 Cam Ranh Avenue	\N	 	292	87057	 	2006-02-15 04:45:30
45	42 Brindisi Place	\N	 	586	16744	 	2006-02-15 04:45:30
553	1421 Quilmes Lane	\N	 	260	19151	 	2006-02-15 04:45:30
231	430 Alessandria Loop	\N	 	439	47446	 	2006-02-15 04:45:30
228	60 Poos de Caldas Street	\N	 	243	82338	 	2006-02-15 04:45:30
572	539 Hami Way	\N	 	538	52196	 	2006-02-15 04:45:30
508	496 Celaya Drive	\N	 	552	90797	 	2006-02-15 04:45:30
568	1342 Sharja Way	\N	 	488	93655	 	2006-02-15 04:45:30
513	758 Korolev Parkway	\N	 	568	75474	 	2006-02-15 04:45:30
273	1519 Ilorin Place	\N	 	395	49298	 	2006-02-15 04:45:30
5	1913 Hanoi Way	\N	 	463	35200	 	2006-02-15 04:45:30
569	1342 Abha Boulevard	\N	 	95	10714	 	2006-02-15 04:45:30
478	1078 Stara Zagora Drive	\N	 	301	69221	 	2006-02-15 04:45:30
599	1895 Zhezqazghan Drive	\N	 	177	36693	 	2006-02-15 04:45:30
263	532 Toulon Street	\N	 	460	69517	 	2006-02-15 04:45:30
243	47 Syktyvkar Lane	\N	 	118	22236	 	2006-02-15 04:45:30
319	1957 Yantai Lane	\N	 	490	59255	 	2006-02-15 04:45:30
410	88 Nagaon Manor	\N	 	524	86868	 	2006-02-15 04:45:30
409	1266 Laredo Parkway	\N	 	380	7664	 	2006-02-15 04:45:30
539	1332 Gaziantep Lane	\N	 	80	22813	 	2006-02-15 04:45:30
437	1766 Almirante Brown Street	\N	 	364	63104	 	2006-02-15 04:45:30
239	98 Stara Zagora Boulevard	\N	 	96	76448	 	2006-02-15 04:45:30
392	514 Ife Way	\N	 	315	69973	 	2006-02-15 04:45:30
322	1359 Zhoushan Parkway	\N	 	545	29763	 	2006-02-15 04:45:30
142	1587 Sullana Lane	\N	 	207	85769	 	2006-02-15 04:45:30
590	247 Jining Parkway	\N	 	54	53446	 	2006-02-15 04:45:30
1	47 MySakila Drive	\N	 	300	\N	 	2006-02-15 04:45:30
444	231 Kaliningrad Place	\N	 	70	57833	 	2006-02-15 04:45:30
335	587 Benguela Manor	\N	 	42	91590	 	2006-02-15 04:45:30
465	734 Tanshui Avenue	\N	 	170	70664	 	2006-02-15 04:45:30
435	740 Udaipur Lane	\N	 	150	33505	 	2006-02-15 04:45:30
348	785 Vaduz Street	\N	 	335	36170	 	2006-02-15 04:45:30
517	548 Uruapan Street	\N	 	312	35653	 	2006-02-15 04:45:30
285	1006 Santa Brbara dOeste Manor	\N	 	389	36229	 	2006-02-15 04:45:30
226	810 Palghat (Palakkad) Boulevard	\N	 	235	73431	 	2006-02-15 04:45:30
321	651 Pathankot Loop	\N	 	336	59811	 	2006-02-15 04:45:30
320	1542 Lubumbashi Boulevard	\N	 	57	62472	 	2006-02-15 04:45:30
483	632 Usolje-Sibirskoje Parkway	\N	 	36	73085	 	2006-02-15 04:45:30
552	390 Wroclaw Way	\N	 	462	5753	 	2006-02-15 04:45:30
500	362 Rajkot Lane	\N	 	47	98030	 	2006-02-15 04:45:30
339	503 Sogamoso Loop	\N	 	505	49812	 	2006-02-15 04:45:30
398	954 Lapu-Lapu Way	\N	 	278	8816	 	2006-02-15 04:45:30
438	596 Huixquilucan Place	\N	 	351	65892	 	2006-02-15 04:45:30
140	788 Atinsk Street	\N	 	211	81691	 	2006-02-15 04:45:30
98	152 Kitwe Parkway	\N	 	82	53182	 	2006-02-15 04:45:30
102	669 Firozabad Loop	\N	 	12	92265	 	2006-02-15 04:45:30
419	397 Sunnyvale Avenue	\N	 	19	55566	 	2006-02-15 04:45:30
49	1718 Valencia Street	\N	 	27	37359	 	2006-02-15 04:45:30
336	430 Kumbakonam Drive	\N	 	457	28814	 	2006-02-15 04:45:30
232	754 Valencia Place	\N	 	406	87911	 	2006-02-15 04:45:30
11	900 Santiago de Compostela Parkway	\N	 	280	93896	 	2006-02-15 04:45:30
555	1764 Jalib al-Shuyukh Parkway	\N	 	459	77642	 	2006-02-15 04:45:30
429	1269 Botosani Manor	\N	 	468	47394	 	2006-02-15 04:45:30
510	48 Maracabo Place	\N	 	519	1570	 	2006-02-15 04:45:30
233	356 Olomouc Manor	\N	 	26	93323	 	2006-02-15 04:45:30
414	1936 Lapu-Lapu Parkway	\N	 	141	7122	 	2006-02-15 04:45:30
359	519 Nyeri Manor	\N	 	461	37650	 	2006-02-15 04:45:30
78	1206 Dos Quebradas Place	\N	 	431	20207	 	2006-02-15 04:45:30
64	81 Hodeida Way	\N	 	231	55561	 	2006-02-15 04:45:30
566	1229 Varanasi (Benares) Manor	\N	 	43	40195	 	2006-02-15 04:45:30
554	947 Trshavn Place	\N	 	528	841	 	2006-02-15 04:45:30
277	85 San Felipe de Puerto Plata Drive	\N	 	584	46063	 	2006-02-15 04:45:30
604	1331 Usak Boulevard	\N	 	296	61960	 	2006-02-15 04:45:30
340	507 Smolensk Loop	\N	 	492	22971	 	2006-02-15 04:45:30
107	1177 Jelets Way	\N	 	220	3305	 	2006-02-15 04:45:30
41	1440 Fukuyama Loop	\N	 	362	47929	 	2006-02-15 04:45:30
351	1157 Nyeri Loop	\N	 	320	56380	 	2006-02-15 04:45:30
418	126 Acua Parkway	\N	 	71	58888	 	2006-02-15 04:45:30
540	949 Allende Lane	\N	 	24	67521	 	2006-02-15 04:45:30
385	1642 Charlotte Amalie Drive	\N	 	549	75442	 	2006-02-15 04:45:30
421	966 Arecibo Loop	\N	 	134	94018	 	2006-02-15 04:45:30
328	479 San Felipe del Progreso Avenue	\N	 	130	54949	 	2006-02-15 04:45:30
532	1427 Tabuk Place	\N	 	101	31342	 	2006-02-15 04:45:30
526	617 Klerksdorp Place	\N	 	366	94707	 	2006-02-15 04:45:30
595	1074 Sanaa Parkway	\N	 	311	22474	 	2006-02-15 04:45:30
152	1952 Pune Lane	\N	 	442	92150	 	2006-02-15 04:45:30
525	1949 Sanya Street	\N	 	224	61244	 	2006-02-15 04:45:30
550	1715 Okayama Street	\N	 	485	55676	 	2006-02-15 04:45:30
578	1405 Hagonoy Avenue	\N	 	133	86587	 	2006-02-15 04:45:30
470	1088 Ibirit Place	\N	 	595	88502	 	2006-02-15 04:45:30
265	1158 Mandi Bahauddin Parkway	\N	 	136	98484	 	2006-02-15 04:45:30
29	934 San Felipe de Puerto Plata Street	\N	 	472	99780	 	2006-02-15 04:45:30
123	1987 Coacalco de Berriozbal Loop	\N	 	476	96065	 	2006-02-15 04:45:30
458	138 Caracas Boulevard	\N	 	326	16790	 	2006-02-15 04:45:30
303	898 Jining Lane	\N	 	387	40070	 	2006-02-15 04:45:30
178	1848 Salala Boulevard	\N	 	373	25220	 	2006-02-15 04:45:30
567	1894 Boa Vista Way	\N	 	178	77464	 	2006-02-15 04:45:30
463	935 Aden Boulevard	\N	 	532	64709	 	2006-02-15 04:45:30
89	1557 Ktahya Boulevard	\N	 	88	88002	 	2006-02-15 04:45:30
451	1704 Tambaram Manor	\N	 	554	2834	 	2006-02-15 04:45:30
365	1009 Zanzibar Lane	\N	 	32	64875	 	2006-02-15 04:45:30
136	898 Belm Manor	\N	 	87	49757	 	2006-02-15 04:45:30
224	1842 Luzinia Boulevard	\N	 	593	94420	 	2006-02-15 04:45:30
307	1908 Gaziantep Place	\N	 	536	58979	 	2006-02-15 04:45:30
427	1557 Cape Coral Parkway	\N	 	293	46875	 	2006-02-15 04:45:30
242	1964 Gijn Manor	\N	 	473	14408	 	2006-02-15 04:45:30
432	259 Ipoh Drive	\N	 	189	64964	 	2006-02-15 04:45:30
148	1027 Songkhla Manor	\N	 	340	30861	 	2006-02-15 04:45:30
283	457 Tongliao Loop	\N	 	222	56254	 	2006-02-15 04:45:30
598	42 Fontana Avenue	\N	 	512	14684	 	2006-02-15 04:45:30
397	614 Pak Kret Street	\N	 	6	27796	 	2006-02-15 04:45:30
318	1774 Yaound Place	\N	 	166	91400	 	2006-02-15 04:45:30
171	1540 Wroclaw Drive	\N	 	107	62686	 	2006-02-15 04:45:30
268	1831 Nam Dinh Loop	\N	 	323	51990	 	2006-02-15 04:45:30
52	909 Garland Manor	\N	 	367	69367	 	2006-02-15 04:45:30
55	1135 Izumisano Parkway	\N	 	171	48150	 	2006-02-15 04:45:30
453	319 Springs Loop	\N	 	160	99552	 	2006-02-15 04:45:30
417	791 Salinas Street	\N	 	208	40509	 	2006-02-15 04:45:30
502	1515 Korla Way	\N	 	589	57197	 	2006-02-15 04:45:30
159	185 Novi Sad Place	\N	 	72	41778	 	2006-02-15 04:45:30
170	710 San Felipe del Progreso Avenue	\N	 	304	76901	 	2006-02-15 04:45:30
131	801 Hagonoy Drive	\N	 	484	8439	 	2006-02-15 04:45:30
312	1354 Siegen Street	\N	 	25	80184	 	2006-02-15 04:45:30
13	613 Korolev Drive	\N	 	329	45844	 	2006-02-15 04:45:30
21	270 Toulon Boulevard	\N	 	156	81766	 	2006-02-15 04:45:30
325	1892 Nabereznyje Telny Lane	\N	 	516	28396	 	2006-02-15 04:45:30
43	306 Antofagasta Place	\N	 	569	3989	 	2006-02-15 04:45:30
38	61 Tama Street	\N	 	284	94065	 	2006-02-15 04:45:30
349	1516 Escobar Drive	\N	 	370	46069	 	2006-02-15 04:45:30
347	1293 Nam Dinh Way	\N	 	84	71583	 	2006-02-15 04:45:30
86	927 Baha Blanca Parkway	\N	 	479	9495	 	2006-02-15 04:45:30
391	1793 Meixian Place	\N	 	258	33535	 	2006-02-15 04:45:30
91	1740 Portoviejo Avenue	\N	 	480	29932	 	2006-02-15 04:45:30
190	435 0 Way	\N	 	195	74750	 	2006-02-15 04:45:30
176	29 Pyongyang Loop	\N	 	58	47753	 	2006-02-15 04:45:30
375	1049 Matamoros Parkway	\N	 	191	69640	 	2006-02-15 04:45:30
175	316 Uruapan Street	\N	 	223	58194	 	2006-02-15 04:45:30
374	433 Florencia Street	\N	 	250	91330	 	2006-02-15 04:45:30
605	1325 Fukuyama Street	\N	 	537	27107	 	2006-02-15 04:45:30
506	414 Mandaluyong Street	\N	 	314	16370	 	2006-02-15 04:45:30
215	1333 Haldia Street	\N	 	174	82161	 	2006-02-15 04:45:30
326	470 Boksburg Street	\N	 	81	97960	 	2006-02-15 04:45:30
498	319 Plock Parkway	\N	 	504	26101	 	2006-02-15 04:45:30
408	990 Etawah Loop	\N	 	564	79940	 	2006-02-15 04:45:30
199	1792 Valle de la Pascua Place	\N	 	477	15540	 	2006-02-15 04:45:30
90	870 Ashqelon Loop	\N	 	489	84931	 	2006-02-15 04:45:30
16	808 Bhopal Manor	\N	 	582	10672	 	2006-02-15 04:45:30
579	521 San Juan Bautista Tuxtepec Place	\N	 	598	95093	 	2006-02-15 04:45:30
290	1336 Benin City Drive	\N	 	386	46044	 	2006-02-15 04:45:30
573	1407 Surakarta Manor	\N	 	466	33224	 	2006-02-15 04:45:30
59	1697 Kowloon and New Kowloon Loop	\N	 	49	57807	 	2006-02-15 04:45:30
546	191 Jos Azueta Parkway	\N	 	436	13629	 	2006-02-15 04:45:30
297	1192 Tongliao Street	\N	 	470	19065	 	2006-02-15 04:45:30
443	1836 Korla Parkway	\N	 	272	55405	 	2006-02-15 04:45:30
492	185 Mannheim Lane	\N	 	408	23661	 	2006-02-15 04:45:30
472	1447 Chatsworth Place	\N	 	129	41545	 	2006-02-15 04:45:30
353	381 Kabul Way	\N	 	209	87272	 	2006-02-15 04:45:30
200	1074 Binzhou Manor	\N	 	325	36490	 	2006-02-15 04:45:30
12	478 Joliet Way	\N	 	200	77948	 	2006-02-15 04:45:30
442	1245 Ibirit Way	\N	 	290	40926	 	2006-02-15 04:45:30
73	1031 Daugavpils Parkway	\N	 	63	59025	 	2006-02-15 04:45:30
255	1966 Tonghae Street	\N	 	198	36481	 	2006-02-15 04:45:30
434	1404 Taguig Drive	\N	 	547	87212	 	2006-02-15 04:45:30
583	1489 Kakamigahara Lane	\N	 	526	98883	 	2006-02-15 04:45:30
40	334 Munger (Monghyr) Lane	\N	 	31	38145	 	2006-02-15 04:45:30
563	1059 Yuncheng Avenue	\N	 	570	47498	 	2006-02-15 04:45:30
150	879 Newcastle Way	\N	 	499	90732	 	2006-02-15 04:45:30
238	346 Skikda Parkway	\N	 	233	90628	 	2006-02-15 04:45:30
487	1785 So Bernardo do Campo Street	\N	 	125	71182	 	2006-02-15 04:45:30
97	832 Nakhon Sawan Manor	\N	 	592	49021	 	2006-02-15 04:45:30
341	1920 Weifang Avenue	\N	 	427	15643	 	2006-02-15 04:45:30
196	9 San Miguel de Tucumn Manor	\N	 	169	90845	 	2006-02-15 04:45:30
256	1497 Yuzhou Drive	\N	 	312	3433	 	2006-02-15 04:45:30
15	1542 Tarlac Parkway	\N	 	440	1027	 	2006-02-15 04:45:30
343	1443 Mardan Street	\N	 	392	31483	 	2006-02-15 04:45:30
44	671 Graz Street	\N	 	353	94399	 	2006-02-15 04:45:30
480	421 Yaound Street	\N	 	385	11363	 	2006-02-15 04:45:30
276	1675 Xiangfan Manor	\N	 	283	11763	 	2006-02-15 04:45:30
315	543 Bergamo Avenue	\N	 	215	59686	 	2006-02-15 04:45:30
137	261 Saint Louis Way	\N	 	541	83401	 	2006-02-15 04:45:30
384	97 Mogiljov Lane	\N	 	73	89294	 	2006-02-15 04:45:30
570	415 Pune Avenue	\N	 	580	44274	 	2006-02-15 04:45:30
143	1029 Dzerzinsk Manor	\N	 	542	57519	 	2006-02-15 04:45:30
589	1584 Ljubertsy Lane	\N	 	494	22954	 	2006-02-15 04:45:30
6	1121 Loja Avenue	\N	 	449	17886	 	2006-02-15 04:45:30
202	955 Bamenda Way	\N	 	218	1545	 	2006-02-15 04:45:30
284	600 Bradford Street	\N	 	514	96204	 	2006-02-15 04:45:30
565	1741 Hoshiarpur Boulevard	\N	 	79	22372	 	2006-02-15 04:45:30
179	431 Xiangtan Avenue	\N	 	18	4854	 	2006-02-15 04:45:30
262	771 Yaound Manor	\N	 	64	86768	 	2006-02-15 04:45:30
475	434 Ourense (Orense) Manor	\N	 	206	14122	 	2006-02-15 04:45:30
575	1052 Pathankot Avenue	\N	 	299	77397	 	2006-02-15 04:45:30
51	686 Garland Manor	\N	 	247	52535	 	2006-02-15 04:45:30
105	733 Mandaluyong Place	\N	 	2	77459	 	2006-02-15 04:45:30
548	1658 Cuman Loop	\N	 	396	51309	 	2006-02-15 04:45:30
250	829 Grand Prairie Way	\N	 	328	6461	 	2006-02-15 04:45:30
7	692 Joliet Street	\N	 	38	83579	 	2006-02-15 04:45:30
538	1817 Livorno Way	\N	 	100	79401	 	2006-02-15 04:45:30
219	1229 Valencia Parkway	\N	 	498	99124	 	2006-02-15 04:45:30
96	984 Effon-Alaiye Avenue	\N	 	183	17119	 	2006-02-15 04:45:30
42	269 Cam Ranh Parkway	\N	 	115	34689	 	2006-02-15 04:45:30
50	46 Pjatigorsk Lane	\N	 	343	23616	 	2006-02-15 04:45:30
32	1425 Shikarpur Manor	\N	 	346	65599	 	2006-02-15 04:45:30
454	956 Nam Dinh Manor	\N	 	481	21872	 	2006-02-15 04:45:30
208	1215 Pyongyang Parkway	\N	 	557	25238	 	2006-02-15 04:45:30
259	1338 Zalantun Lane	\N	 	413	45403	 	2006-02-15 04:45:30
383	686 Donostia-San Sebastin Lane	\N	 	471	97390	 	2006-02-15 04:45:30
594	1464 Kursk Parkway	\N	 	574	17381	 	2006-02-15 04:45:30
576	1351 Sousse Lane	\N	 	341	37815	 	2006-02-15 04:45:30
206	642 Nador Drive	\N	 	77	3924	 	2006-02-15 04:45:30
182	1891 Rizhao Boulevard	\N	 	456	47288	 	2006-02-15 04:45:30
296	1936 Cuman Avenue	\N	 	433	61195	 	2006-02-15 04:45:30
181	146 Johannesburg Way	\N	 	330	54132	 	2006-02-15 04:45:30
229	1014 Loja Manor	\N	 	22	66851	 	2006-02-15 04:45:30
113	682 Junan Way	\N	 	273	30418	 	2006-02-15 04:45:30
48	1998 Halifax Drive	\N	 	308	76022	 	2006-02-15 04:45:30
47	1447 Imus Way	\N	 	167	48942	 	2006-02-15 04:45:30
350	1628 Nagareyama Lane	\N	 	453	60079	 	2006-02-15 04:45:30
564	505 Madiun Boulevard	\N	 	577	97271	 	2006-02-15 04:45:30
376	1061 Ede Avenue	\N	 	98	57810	 	2006-02-15 04:45:30
214	751 Lima Loop	\N	 	7	99405	 	2006-02-15 04:45:30
198	345 Oshawa Boulevard	\N	 	204	32114	 	2006-02-15 04:45:30
9	53 Idfu Parkway	\N	 	361	42399	 	2006-02-15 04:45:30
304	1635 Kuwana Boulevard	\N	 	205	52137	 	2006-02-15 04:45:30
491	1789 Saint-Denis Parkway	\N	 	4	8268	 	2006-02-15 04:45:30
585	1208 Tama Loop	\N	 	344	73605	 	2006-02-15 04:45:30
291	1155 Liaocheng Place	\N	 	152	22650	 	2006-02-15 04:45:30
580	923 Tangail Boulevard	\N	 	10	33384	 	2006-02-15 04:45:30
504	1 Valle de Santiago Avenue	\N	 	93	86208	 	2006-02-15 04:45:30
112	1002 Ahmadnagar Manor	\N	 	213	93026	 	2006-02-15 04:45:30
415	432 Garden Grove Street	\N	 	430	65630	 	2006-02-15 04:45:30
191	140 Chiayi Parkway	\N	 	506	38982	 	2006-02-15 04:45:30
77	1947 Poos de Caldas Boulevard	\N	 	114	60951	 	2006-02-15 04:45:30
279	1884 Shikarpur Avenue	\N	 	263	85548	 	2006-02-15 04:45:30
499	1954 Kowloon and New Kowloon Way	\N	 	434	63667	 	2006-02-15 04:45:30
425	1866 al-Qatif Avenue	\N	 	155	89420	 	2006-02-15 04:45:30
446	1924 Shimonoseki Drive	\N	 	59	52625	 	2006-02-15 04:45:30
194	605 Rio Claro Parkway	\N	 	513	49348	 	2006-02-15 04:45:30
490	1909 Dayton Avenue	\N	 	469	88513	 	2006-02-15 04:45:30
302	922 Vila Velha Loop	\N	 	9	4085	 	2006-02-15 04:45:30
141	1749 Daxian Place	\N	 	29	11044	 	2006-02-15 04:45:30
373	1922 Miraj Way	\N	 	356	13203	 	2006-02-15 04:45:30
234	1256 Bislig Boulevard	\N	 	86	50598	 	2006-02-15 04:45:30
588	966 Asuncin Way	\N	 	212	62703	 	2006-02-15 04:45:30
94	1952 Chatsworth Drive	\N	 	332	25958	 	2006-02-15 04:45:30
65	915 Ponce Place	\N	 	56	83980	 	2006-02-15 04:45:30
241	647 A Corua (La Corua) Street	\N	 	357	36971	 	2006-02-15 04:45:30
101	1599 Plock Drive	\N	 	534	71986	 	2006-02-15 04:45:30
323	1769 Iwaki Lane	\N	 	97	25787	 	2006-02-15 04:45:30
561	1497 Fengshan Drive	\N	 	112	63022	 	2006-02-15 04:45:30
83	586 Tete Way	\N	 	256	1079	 	2006-02-15 04:45:30
519	962 Tama Loop	\N	 	583	65952	 	2006-02-15 04:45:30
71	1586 Guaruj Place	\N	 	579	5135	 	2006-02-15 04:45:30
60	1668 Saint Louis Place	\N	 	397	39072	 	2006-02-15 04:45:30
523	608 Birgunj Parkway	\N	 	116	400	 	2006-02-15 04:45:30
503	1416 San Juan Bautista Tuxtepec Avenue	\N	 	444	50592	 	2006-02-15 04:45:30
305	41 El Alto Parkway	\N	 	398	56883	 	2006-02-15 04:45:30
165	97 Shimoga Avenue	\N	 	533	44660	 	2006-02-15 04:45:30
295	544 Tarsus Boulevard	\N	 	562	53145	 	2006-02-15 04:45:30
92	1942 Ciparay Parkway	\N	 	113	82624	 	2006-02-15 04:45:30
130	1666 Qomsheh Drive	\N	 	410	66255	 	2006-02-15 04:45:30
188	741 Ambattur Manor	\N	 	438	43310	 	2006-02-15 04:45:30
426	1661 Abha Drive	\N	 	416	14400	 	2006-02-15 04:45:30
474	1469 Plock Lane	\N	 	388	95835	 	2006-02-15 04:45:30
134	758 Junan Lane	\N	 	190	82639	 	2006-02-15 04:45:30
17	270 Amroha Parkway	\N	 	384	29610	 	2006-02-15 04:45:30
10	1795 Santiago de Compostela Way	\N	 	295	18743	 	2006-02-15 04:45:30
469	1872 Toulon Loop	\N	 	428	7939	 	2006-02-15 04:45:30
164	1623 Baha Blanca Manor	\N	 	310	81511	 	2006-02-15 04:45:30
423	437 Chungho Drive	\N	 	450	59489	 	2006-02-15 04:45:30
103	588 Vila Velha Manor	\N	 	268	51540	 	2006-02-15 04:45:30
264	1027 Banjul Place	\N	 	197	50390	 	2006-02-15 04:45:30
544	183 Haiphong Street	\N	 	46	69953	 	2006-02-15 04:45:30
72	57 Arlington Manor	\N	 	475	48960	 	2006-02-15 04:45:30
153	782 Mosul Street	\N	 	94	25545	 	2006-02-15 04:45:30
467	1621 Tongliao Avenue	\N	 	558	22173	 	2006-02-15 04:45:30
288	226 Halifax Street	\N	 	277	58492	 	2006-02-15 04:45:30
184	1410 Benin City Parkway	\N	 	405	29747	 	2006-02-15 04:45:30
476	270 Tambaram Parkway	\N	 	244	9668	 	2006-02-15 04:45:30
345	68 Ponce Parkway	\N	 	201	85926	 	2006-02-15 04:45:30
545	163 Augusta-Richmond County Loop	\N	 	561	33030	 	2006-02-15 04:45:30
192	1166 Changhwa Street	\N	 	62	58852	 	2006-02-15 04:45:30
460	659 Gatineau Boulevard	\N	 	153	28587	 	2006-02-15 04:45:30
19	419 Iligan Lane	\N	 	76	72878	 	2006-02-15 04:45:30
282	556 Baybay Manor	\N	 	374	55802	 	2006-02-15 04:45:30
36	176 Mandaluyong Place	\N	 	239	65213	 	2006-02-15 04:45:30
536	166 Jinchang Street	\N	 	165	86760	 	2006-02-15 04:45:30
516	1574 Goinia Boulevard	\N	 	502	39529	 	2006-02-15 04:45:30
128	848 Tafuna Manor	\N	 	281	45142	 	2006-02-15 04:45:30
406	454 Patiala Lane	\N	 	276	13496	 	2006-02-15 04:45:30
197	447 Surakarta Loop	\N	 	271	10428	 	2006-02-15 04:45:30
556	346 Cam Ranh Avenue	\N	 	599	39976	 	2006-02-15 04:45:30
249	300 Junan Street	\N	 	553	81314	 	2006-02-15 04:45:30
310	913 Coacalco de Berriozbal Loop	\N	 	33	42141	 	2006-02-15 04:45:30
395	1337 Mit Ghamr Avenue	\N	 	358	29810	 	2006-02-15 04:45:30
358	1698 Southport Loop	\N	 	393	49009	 	2006-02-15 04:45:30
530	1003 Qinhuangdao Street	\N	 	419	25972	 	2006-02-15 04:45:30
161	1386 Nakhon Sawan Boulevard	\N	 	420	53502	 	2006-02-15 04:45:30
274	920 Kumbakonam Loop	\N	 	446	75090	 	2006-02-15 04:45:30
124	241 Mosul Lane	\N	 	147	76157	 	2006-02-15 04:45:30
58	1964 Allappuzha (Alleppey) Street	\N	 	227	48980	 	2006-02-15 04:45:30
70	1150 Kimchon Manor	\N	 	321	96109	 	2006-02-15 04:45:30
109	454 Nakhon Sawan Boulevard	\N	 	173	76383	 	2006-02-15 04:45:30
275	906 Goinia Way	\N	 	255	83565	 	2006-02-15 04:45:30
280	1980 Kamjanets-Podilskyi Street	\N	 	404	89502	 	2006-02-15 04:45:30
212	624 Oshawa Boulevard	\N	 	51	89959	 	2006-02-15 04:45:30
34	1668 Anpolis Street	\N	 	316	50199	 	2006-02-15 04:45:30
577	1501 Pangkal Pinang Avenue	\N	 	409	943	 	2006-02-15 04:45:30
299	32 Pudukkottai Lane	\N	 	140	38834	 	2006-02-15 04:45:30
559	1917 Kumbakonam Parkway	\N	 	368	11892	 	2006-02-15 04:45:30
272	1762 Paarl Parkway	\N	 	298	53928	 	2006-02-15 04:45:30
313	1191 Sungai Petani Boulevard	\N	 	262	9668	 	2006-02-15 04:45:30
53	725 Isesaki Place	\N	 	237	74428	 	2006-02-15 04:45:30
317	780 Kimberley Way	\N	 	515	17032	 	2006-02-15 04:45:30
378	1191 Tandil Drive	\N	 	523	6362	 	2006-02-15 04:45:30
278	144 South Hill Loop	\N	 	445	2012	 	2006-02-15 04:45:30
389	500 Lincoln Parkway	\N	 	210	95509	 	2006-02-15 04:45:30
468	1844 Usak Avenue	\N	 	196	84461	 	2006-02-15 04:45:30
54	115 Hidalgo Parkway	\N	 	379	80168	 	2006-02-15 04:45:30
258	752 Ondo Loop	\N	 	338	32474	 	2006-02-15 04:45:30
344	1909 Benguela Lane	\N	 	581	19913	 	2006-02-15 04:45:30
172	475 Atinsk Way	\N	 	240	59571	 	2006-02-15 04:45:30
521	568 Dhule (Dhulia) Loop	\N	 	127	92568	 	2006-02-15 04:45:30
195	1077 San Felipe de Puerto Plata Place	\N	 	369	65387	 	2006-02-15 04:45:30
244	1148 Saarbrcken Parkway	\N	 	226	1921	 	2006-02-15 04:45:30
369	817 Laredo Avenue	\N	 	188	77449	 	2006-02-15 04:45:30
582	1568 Celaya Parkway	\N	 	168	34750	 	2006-02-15 04:45:30
269	446 Kirovo-Tepetsk Lane	\N	 	203	19428	 	2006-02-15 04:45:30
23	1417 Lancaster Avenue	\N	 	267	72192	 	2006-02-15 04:45:30
119	1107 Nakhon Sawan Avenue	\N	 	365	75149	 	2006-02-15 04:45:30
381	1618 Olomouc Manor	\N	 	285	26385	 	2006-02-15 04:45:30
185	682 Garden Grove Place	\N	 	333	67497	 	2006-02-15 04:45:30
557	1407 Pachuca de Soto Place	\N	 	21	26284	 	2006-02-15 04:45:30
157	456 Escobar Way	\N	 	232	36061	 	2006-02-15 04:45:30
528	1176 Southend-on-Sea Manor	\N	 	458	81651	 	2006-02-15 04:45:30
512	1269 Ipoh Avenue	\N	 	163	54674	 	2006-02-15 04:45:30
309	827 Yuncheng Drive	\N	 	99	79047	 	2006-02-15 04:45:30
308	687 Alessandria Parkway	\N	 	455	57587	 	2006-02-15 04:45:30
271	1587 Loja Manor	\N	 	447	5410	 	2006-02-15 04:45:30
574	502 Mandi Bahauddin Parkway	\N	 	55	15992	 	2006-02-15 04:45:30
69	698 Otsu Street	\N	 	105	71110	 	2006-02-15 04:45:30
183	1089 Iwatsuki Avenue	\N	 	270	35109	 	2006-02-15 04:45:30
520	1778 Gijn Manor	\N	 	594	35156	 	2006-02-15 04:45:30
593	1402 Zanzibar Boulevard	\N	 	106	71102	 	2006-02-15 04:45:30
87	929 Tallahassee Loop	\N	 	497	74671	 	2006-02-15 04:45:30
551	182 Nukualofa Drive	\N	 	275	15414	 	2006-02-15 04:45:30
4	1411 Lillydale Drive	\N	 	576	\N	 	2006-02-15 04:45:30
352	1673 Tangail Drive	\N	 	137	26857	 	2006-02-15 04:45:30
400	1152 Citrus Heights Manor	\N	 	15	5239	 	2006-02-15 04:45:30
260	127 Iwakuni Boulevard	\N	 	192	20777	 	2006-02-15 04:45:30
18	770 Bydgoszcz Avenue	\N	 	120	16266	 	2006-02-15 04:45:30
66	1717 Guadalajara Lane	\N	 	441	85505	 	2006-02-15 04:45:30
154	781 Shimonoseki Drive	\N	 	202	95444	 	2006-02-15 04:45:30
117	1079 Tel Aviv-Jaffa Boulevard	\N	 	132	10885	 	2006-02-15 04:45:30
477	1786 Salinas Place	\N	 	359	66546	 	2006-02-15 04:45:30
602	1101 Bucuresti Boulevard	\N	 	401	97661	 	2006-02-15 04:45:30
430	355 Vitria de Santo Anto Way	\N	 	452	81758	 	2006-02-15 04:45:30
254	786 Stara Zagora Way	\N	 	390	98332	 	2006-02-15 04:45:30
331	1016 Iwakuni Street	\N	 	269	49833	 	2006-02-15 04:45:30
382	220 Hidalgo Drive	\N	 	265	45298	 	2006-02-15 04:45:30
356	1378 Beira Loop	\N	 	597	40792	 	2006-02-15 04:45:30
220	1201 Qomsheh Manor	\N	 	28	21464	 	2006-02-15 04:45:30
30	18 Duisburg Boulevard	\N	 	121	58327	 	2006-02-15 04:45:30
405	530 Lausanne Lane	\N	 	135	11067	 	2006-02-15 04:45:30
177	1010 Klerksdorp Way	\N	 	186	6802	 	2006-02-15 04:45:30
68	1966 Amroha Avenue	\N	 	139	70385	 	2006-02-15 04:45:30
57	17 Kabul Boulevard	\N	 	355	38594	 	2006-02-15 04:45:30
186	533 al-Ayn Boulevard	\N	 	126	8862	 	2006-02-15 04:45:30
441	983 Santa F Way	\N	 	565	47472	 	2006-02-15 04:45:30
431	1596 Acua Parkway	\N	 	418	70425	 	2006-02-15 04:45:30
169	154 Tallahassee Loop	\N	 	199	62250	 	2006-02-15 04:45:30
380	1519 Santiago de los Caballeros Loop	\N	 	348	22025	 	2006-02-15 04:45:30
493	184 Mandaluyong Street	\N	 	288	94239	 	2006-02-15 04:45:30
447	105 Dzerzinsk Manor	\N	 	540	48570	 	2006-02-15 04:45:30
138	765 Southampton Drive	\N	 	421	4285	 	2006-02-15 04:45:30
88	125 Citt del Vaticano Boulevard	\N	 	40	67912	 	2006-02-15 04:45:30
314	1224 Huejutla de Reyes Boulevard	\N	 	91	70923	 	2006-02-15 04:45:30
362	482 Kowloon and New Kowloon Manor	\N	 	90	97056	 	2006-02-15 04:45:30
100	1308 Arecibo Way	\N	 	41	30695	 	2006-02-15 04:45:30
163	1440 Compton Place	\N	 	307	81037	 	2006-02-15 04:45:30
396	767 Pyongyang Drive	\N	 	229	83536	 	2006-02-15 04:45:30
129	569 Baicheng Lane	\N	 	85	60304	 	2006-02-15 04:45:30
37	127 Purnea (Purnia) Manor	\N	 	17	79388	 	2006-02-15 04:45:30
99	1697 Tanauan Lane	\N	 	399	22870	 	2006-02-15 04:45:30
267	816 Cayenne Parkway	\N	 	414	93629	 	2006-02-15 04:45:30
210	1304 s-Hertogenbosch Way	\N	 	83	10925	 	2006-02-15 04:45:30
445	495 Bhimavaram Lane	\N	 	144	3	 	2006-02-15 04:45:30
266	862 Xintai Lane	\N	 	548	30065	 	2006-02-15 04:45:30
261	51 Laredo Avenue	\N	 	342	68146	 	2006-02-15 04:45:30
287	1405 Chisinau Place	\N	 	411	8160	 	2006-02-15 04:45:30
173	1294 Firozabad Drive	\N	 	407	70618	 	2006-02-15 04:45:30
388	368 Hunuco Boulevard	\N	 	360	17165	 	2006-02-15 04:45:30
217	1001 Miyakonojo Lane	\N	 	518	67924	 	2006-02-15 04:45:30
235	954 Kimchon Place	\N	 	559	42420	 	2006-02-15 04:45:30
156	1963 Moscow Place	\N	 	354	64863	 	2006-02-15 04:45:30
294	1912 Allende Manor	\N	 	279	58124	 	2006-02-15 04:45:30
75	492 Cam Ranh Street	\N	 	61	50805	 	2006-02-15 04:45:30
207	1688 Nador Lane	\N	 	184	61613	 	2006-02-15 04:45:30
84	1888 Kabul Drive	\N	 	217	20936	 	2006-02-15 04:45:30
420	992 Klerksdorp Loop	\N	 	23	33711	 	2006-02-15 04:45:30
333	1860 Taguig Loop	\N	 	119	59550	 	2006-02-15 04:45:30
459	251 Florencia Drive	\N	 	556	16119	 	2006-02-15 04:45:30
485	984 Novoterkassk Loop	\N	 	180	28165	 	2006-02-15 04:45:30
334	1816 Bydgoszcz Loop	\N	 	234	64308	 	2006-02-15 04:45:30
505	519 Brescia Parkway	\N	 	318	69504	 	2006-02-15 04:45:30
440	722 Bradford Lane	\N	 	249	90920	 	2006-02-15 04:45:30
63	1213 Ranchi Parkway	\N	 	350	94352	 	2006-02-15 04:45:30
522	1768 Udine Loop	\N	 	60	32347	 	2006-02-15 04:45:30
354	953 Hodeida Street	\N	 	221	18841	 	2006-02-15 04:45:30
230	201 Effon-Alaiye Way	\N	 	37	64344	 	2006-02-15 04:45:30
386	1368 Maracabo Boulevard	\N	 	493	32716	 	2006-02-15 04:45:30
67	1214 Hanoi Way	\N	 	306	67055	 	2006-02-15 04:45:30
448	614 Denizli Parkway	\N	 	486	29444	 	2006-02-15 04:45:30
168	842 Salzburg Lane	\N	 	529	3313	 	2006-02-15 04:45:30
495	656 Matamoros Drive	\N	 	487	19489	 	2006-02-15 04:45:30
211	850 Salala Loop	\N	 	371	10800	 	2006-02-15 04:45:30
597	32 Liaocheng Way	\N	 	248	1944	 	2006-02-15 04:45:30
416	1445 Carmen Parkway	\N	 	117	70809	 	2006-02-15 04:45:30
413	692 Amroha Drive	\N	 	230	35575	 	2006-02-15 04:45:30
462	1485 Bratislava Place	\N	 	435	83183	 	2006-02-15 04:45:30
27	1780 Hino Boulevard	\N	 	303	7716	 	2006-02-15 04:45:30
151	1337 Lincoln Parkway	\N	 	555	99457	 	2006-02-15 04:45:30
515	886 Tonghae Place	\N	 	259	19450	 	2006-02-15 04:45:30
507	1197 Sokoto Boulevard	\N	 	478	87687	 	2006-02-15 04:45:30
79	1551 Rampur Lane	\N	 	108	72394	 	2006-02-15 04:45:30
248	582 Papeete Loop	\N	 	294	27722	 	2006-02-15 04:45:30
361	45 Aparecida de Goinia Place	\N	 	464	7431	 	2006-02-15 04:45:30
346	1217 Konotop Avenue	\N	 	151	504	 	2006-02-15 04:45:30
596	1759 Niznekamsk Avenue	\N	 	14	39414	 	2006-02-15 04:45:30
2	28 MySQL Boulevard	\N	 	576	\N	 	2006-02-15 04:45:30
240	1479 Rustenburg Boulevard	\N	 	527	18727	 	2006-02-15 04:45:30
216	660 Jedda Boulevard	\N	 	65	25053	 	2006-02-15 04:45:30
174	1877 Ezhou Lane	\N	 	550	63337	 	2006-02-15 04:45:30
514	1747 Rustenburg Place	\N	 	110	51369	 	2006-02-15 04:45:30
436	287 Cuautla Boulevard	\N	 	501	72736	 	2006-02-15 04:45:30
330	981 Kumbakonam Place	\N	 	89	87611	 	2006-02-15 04:45:30
122	333 Goinia Way	\N	 	185	78625	 	2006-02-15 04:45:30
8	1566 Inegl Manor	\N	 	349	53561	 	2006-02-15 04:45:30
209	1679 Antofagasta Street	\N	 	122	86599	 	2006-02-15 04:45:30
562	869 Shikarpur Way	\N	 	496	57380	 	2006-02-15 04:45:30
145	928 Jaffna Loop	\N	 	172	93762	 	2006-02-15 04:45:30
412	1639 Saarbrcken Drive	\N	 	437	9827	 	2006-02-15 04:45:30
132	1050 Garden Grove Avenue	\N	 	236	4999	 	2006-02-15 04:45:30
366	114 Jalib al-Shuyukh Manor	\N	 	585	60440	 	2006-02-15 04:45:30
289	1279 Udine Parkway	\N	 	69	75860	 	2006-02-15 04:45:30
401	168 Cianjur Manor	\N	 	228	73824	 	2006-02-15 04:45:30
450	203 Tambaram Street	\N	 	161	73942	 	2006-02-15 04:45:30
324	1145 Vilnius Manor	\N	 	451	73170	 	2006-02-15 04:45:30
292	1993 Tabuk Lane	\N	 	522	64221	 	2006-02-15 04:45:30
221	866 Shivapuri Manor	\N	 	448	22474	 	2006-02-15 04:45:30
497	1013 Tabuk Boulevard	\N	 	261	96203	 	2006-02-15 04:45:30
501	1060 Tandil Lane	\N	 	432	72349	 	2006-02-15 04:45:30
281	1944 Bamenda Way	\N	 	573	24645	 	2006-02-15 04:45:30
549	454 Qinhuangdao Drive	\N	 	68	25866	 	2006-02-15 04:45:30
225	1926 Gingoog Street	\N	 	511	22824	 	2006-02-15 04:45:30
204	387 Mwene-Ditu Drive	\N	 	35	8073	 	2006-02-15 04:45:30
473	1257 Guadalajara Street	\N	 	78	33599	 	2006-02-15 04:45:30
46	1632 Bislig Avenue	\N	 	394	61117	 	2006-02-15 04:45:30
104	1913 Kamakura Place	\N	 	238	97287	 	2006-02-15 04:45:30
80	602 Paarl Street	\N	 	402	98889	 	2006-02-15 04:45:30
301	951 Stara Zagora Manor	\N	 	400	98573	 	2006-02-15 04:45:30
14	1531 Sal Drive	\N	 	162	53628	 	2006-02-15 04:45:30
533	556 Asuncin Way	\N	 	339	35364	 	2006-02-15 04:45:30
35	33 Gorontalo Way	\N	 	257	30348	 	2006-02-15 04:45:30
270	682 Halisahar Place	\N	 	378	20536	 	2006-02-15 04:45:30
56	939 Probolinggo Loop	\N	 	1	4166	 	2006-02-15 04:45:30
452	207 Cuernavaca Loop	\N	 	352	52671	 	2006-02-15 04:45:30
601	844 Bucuresti Place	\N	 	242	36603	 	2006-02-15 04:45:30
486	64 Korla Street	\N	 	347	25145	 	2006-02-15 04:45:30
586	951 Springs Lane	\N	 	219	96115	 	2006-02-15 04:45:30
584	1819 Alessandria Loop	\N	 	103	53829	 	2006-02-15 04:45:30
390	102 Chapra Drive	\N	 	521	14073	 	2006-02-15 04:45:30
111	1532 Dzerzinsk Way	\N	 	334	9599	 	2006-02-15 04:45:30
93	1926 El Alto Avenue	\N	 	289	75543	 	2006-02-15 04:45:30
338	431 Szkesfehrvr Avenue	\N	 	48	57828	 	2006-02-15 04:45:30
402	616 Hagonoy Avenue	\N	 	39	46043	 	2006-02-15 04:45:30
223	1244 Allappuzha (Alleppey) Place	\N	 	567	20657	 	2006-02-15 04:45:30
246	1246 Boksburg Parkway	\N	 	422	28349	 	2006-02-15 04:45:30
22	320 Brest Avenue	\N	 	252	43331	 	2006-02-15 04:45:30
529	600 Purnea (Purnia) Avenue	\N	 	571	18043	 	2006-02-15 04:45:30
120	544 Malm Parkway	\N	 	403	63502	 	2006-02-15 04:45:30
24	1688 Okara Way	\N	 	327	21954	 	2006-02-15 04:45:30
245	1103 Bilbays Parkway	\N	 	578	87660	 	2006-02-15 04:45:30
449	1289 Belm Boulevard	\N	 	530	88306	 	2006-02-15 04:45:30
357	1641 Changhwa Place	\N	 	52	37636	 	2006-02-15 04:45:30
494	591 Sungai Petani Drive	\N	 	376	46400	 	2006-02-15 04:45:30
247	1483 Pathankot Street	\N	 	454	37288	 	2006-02-15 04:45:30
364	1623 Kingstown Drive	\N	 	20	91299	 	2006-02-15 04:45:30
127	117 Boa Vista Way	\N	 	566	6804	 	2006-02-15 04:45:30
193	891 Novi Sad Manor	\N	 	383	5379	 	2006-02-15 04:45:30
541	195 Ilorin Street	\N	 	363	49250	 	2006-02-15 04:45:30
466	118 Jaffna Loop	\N	 	182	10447	 	2006-02-15 04:45:30
591	773 Dallas Manor	\N	 	424	12664	 	2006-02-15 04:45:30
26	28 Charlotte Amalie Street	\N	 	443	37551	 	2006-02-15 04:45:30
237	1736 Cavite Place	\N	 	216	98775	 	2006-02-15 04:45:30
82	936 Salzburg Lane	\N	 	425	96709	 	2006-02-15 04:45:30
457	535 Ahmadnagar Manor	\N	 	3	41136	 	2006-02-15 04:45:30
158	798 Cianjur Avenue	\N	 	590	76990	 	2006-02-15 04:45:30
114	804 Elista Drive	\N	 	159	61069	 	2006-02-15 04:45:30
39	391 Callao Drive	\N	 	544	34021	 	2006-02-15 04:45:30
118	442 Rae Bareli Place	\N	 	148	24321	 	2006-02-15 04:45:30
293	86 Higashiosaka Lane	\N	 	563	33768	 	2006-02-15 04:45:30
422	289 Santo Andr Manor	\N	 	16	72410	 	2006-02-15 04:45:30
251	1473 Changhwa Parkway	\N	 	124	75933	 	2006-02-15 04:45:30
403	1190 0 Place	\N	 	44	10417	 	2006-02-15 04:45:30
342	124 al-Manama Way	\N	 	382	52368	 	2006-02-15 04:45:30
62	1114 Liepaja Street	\N	 	282	69226	 	2006-02-15 04:45:30
187	1839 Szkesfehrvr Parkway	\N	 	317	55709	 	2006-02-15 04:45:30
147	374 Bat Yam Boulevard	\N	 	266	97700	 	2006-02-15 04:45:30
377	154 Oshawa Manor	\N	 	415	72771	 	2006-02-15 04:45:30
28	96 Tafuna Way	\N	 	128	99865	 	2006-02-15 04:45:30
213	43 Dadu Avenue	\N	 	74	4855	 	2006-02-15 04:45:30
560	1447 Imus Place	\N	 	426	12905	 	2006-02-15 04:45:30
471	1322 Mosul Parkway	\N	 	145	95400	 	2006-02-15 04:45:30
74	1124 Buenaventura Drive	\N	 	13	6856	 	2006-02-15 04:45:30
298	44 Najafabad Way	\N	 	146	61391	 	2006-02-15 04:45:30
461	1889 Valparai Way	\N	 	600	75559	 	2006-02-15 04:45:30
524	680 A Corua (La Corua) Manor	\N	 	482	49806	 	2006-02-15 04:45:30
379	1133 Rizhao Avenue	\N	 	572	2800	 	2006-02-15 04:45:30
587	760 Miyakonojo Drive	\N	 	246	64682	 	2006-02-15 04:45:30
33	786 Aurora Avenue	\N	 	474	65750	 	2006-02-15 04:45:30
464	76 Kermanshah Manor	\N	 	423	23343	 	2006-02-15 04:45:30
558	904 Clarksville Drive	\N	 	193	52234	 	2006-02-15 04:45:30
433	1823 Hoshiarpur Lane	\N	 	510	33191	 	2006-02-15 04:45:30
327	1427 A Corua (La Corua) Place	\N	 	45	85799	 	2006-02-15 04:45:30
527	1993 0 Loop	\N	 	588	41214	 	2006-02-15 04:45:30
482	808 Naala-Porto Parkway	\N	 	500	41060	 	2006-02-15 04:45:30
456	814 Simferopol Loop	\N	 	154	48745	 	2006-02-15 04:45:30
393	717 Changzhou Lane	\N	 	104	21615	 	2006-02-15 04:45:30
387	401 Sucre Boulevard	\N	 	322	25007	 	2006-02-15 04:45:30
316	746 Joliet Lane	\N	 	286	94878	 	2006-02-15 04:45:30
203	1149 A Corua (La Corua) Boulevard	\N	 	194	95824	 	2006-02-15 04:45:30
428	1727 Matamoros Place	\N	 	465	78813	 	2006-02-15 04:45:30
286	1308 Sumy Loop	\N	 	175	30657	 	2006-02-15 04:45:30
227	1820 Maring Parkway	\N	 	324	88307	 	2006-02-15 04:45:30
31	217 Botshabelo Place	\N	 	138	49521	 	2006-02-15 04:45:30
547	379 Lublin Parkway	\N	 	309	74568	 	2006-02-15 04:45:30
167	1287 Xiangfan Boulevard	\N	 	253	57844	 	2006-02-15 04:45:30
371	1912 Emeishan Drive	\N	 	50	33050	 	2006-02-15 04:45:30
125	211 Chiayi Drive	\N	 	164	58186	 	2006-02-15 04:45:30
133	1854 Tieli Street	\N	 	302	15819	 	2006-02-15 04:45:30
404	734 Bchar Place	\N	 	375	30586	 	2006-02-15 04:45:30
337	1838 Tabriz Lane	\N	 	143	1195	 	2006-02-15 04:45:30
370	1565 Tangail Manor	\N	 	377	45750	 	2006-02-15 04:45:30
372	230 Urawa Drive	\N	 	8	2738	 	2006-02-15 04:45:30
535	635 Brest Manor	\N	 	75	40899	 	2006-02-15 04:45:30
76	89 Allappuzha (Alleppey) Manor	\N	 	517	75444	 	2006-02-15 04:45:30
146	483 Ljubertsy Parkway	\N	 	149	60562	 	2006-02-15 04:45:30
155	1560 Jelets Boulevard	\N	 	291	77777	 	2006-02-15 04:45:30
110	1867 San Juan Bautista Tuxtepec Avenue	\N	 	225	78311	 	2006-02-15 04:45:30
108	1386 Yangor Avenue	\N	 	543	80720	 	2006-02-15 04:45:30
363	604 Bern Place	\N	 	429	5373	 	2006-02-15 04:45:30
139	943 Johannesburg Avenue	\N	 	417	5892	 	2006-02-15 04:45:30
531	1986 Sivas Place	\N	 	551	95775	 	2006-02-15 04:45:30
300	661 Chisinau Lane	\N	 	274	8856	 	2006-02-15 04:45:30
85	320 Baiyin Parkway	\N	 	319	37307	 	2006-02-15 04:45:30
162	369 Papeete Way	\N	 	187	66639	 	2006-02-15 04:45:30
205	68 Molodetno Manor	\N	 	575	4662	 	2006-02-15 04:45:30
201	817 Bradford Loop	\N	 	109	89459	 	2006-02-15 04:45:30
542	193 Bhusawal Place	\N	 	539	9750	 	2006-02-15 04:45:30
106	659 Vaduz Drive	\N	 	34	49708	 	2006-02-15 04:45:30
394	753 Ilorin Avenue	\N	 	157	3656	 	2006-02-15 04:45:30
180	757 Rustenburg Avenue	\N	 	483	89668	 	2006-02-15 04:45:30
411	264 Bhimavaram Manor	\N	 	111	54749	 	2006-02-15 04:45:30
496	775 ostka Drive	\N	 	337	22358	 	2006-02-15 04:45:30
121	1967 Sincelejo Place	\N	 	176	73644	 	2006-02-15 04:45:30
222	1168 Najafabad Parkway	\N	 	251	40301	 	2006-02-15 04:45:30
252	1309 Weifang Street	\N	 	520	57338	 	2006-02-15 04:45:30
253	1760 Oshawa Manor	\N	 	535	38140	 	2006-02-15 04:45:30
534	486 Ondo Parkway	\N	 	67	35202	 	2006-02-15 04:45:30
603	1103 Quilmes Boulevard	\N	 	503	52137	 	2006-02-15 04:45:30
484	98 Pyongyang Boulevard	\N	 	11	88749	 	2006-02-15 04:45:30
95	1370 Le Mans Avenue	\N	 	53	52163	 	2006-02-15 04:45:30
218	226 Brest Manor	\N	 	508	2299	 	2006-02-15 04:45:30
439	1351 Aparecida de Goinia Parkway	\N	 	391	41775	 	2006-02-15 04:45:30
306	1883 Maikop Lane	\N	 	254	68469	 	2006-02-15 04:45:30
592	1923 Stara Zagora Lane	\N	 	546	95179	 	2006-02-15 04:45:30
368	1658 Jastrzebie-Zdrj Loop	\N	 	372	96584	 	2006-02-15 04:45:30
360	619 Hunuco Avenue	\N	 	331	81508	 	2006-02-15 04:45:30
424	1948 Bayugan Parkway	\N	 	264	60622	 	2006-02-15 04:45:30
236	885 Yingkou Manor	\N	 	596	31390	 	2006-02-15 04:45:30
3	23 Workhaven Lane	\N	 	300	\N	 	2006-02-15 04:45:30
329	867 Benin City Avenue	\N	 	591	78543	 	2006-02-15 04:45:30
543	43 Vilnius Manor	\N	 	42	79814	 	2006-02-15 04:45:30
537	958 Sagamihara Lane	\N	 	287	88408	 	2006-02-15 04:45:30
25	262 A Corua (La Corua) Parkway	\N	 	525	34418	 	2006-02-15 04:45:30
166	1740 Le Mans Loop	\N	 	297	22853	 	2006-02-15 04:45:30
581	186 Skikda Lane	\N	 	131	89422	 	2006-02-15 04:45:30
571	1746 Faaa Way	\N	 	214	32515	 	2006-02-15 04:45:30
455	1947 Paarl Way	\N	 	509	23636	 	2006-02-15 04:45:30
20	360 Toulouse Parkway	\N	 	495	54308	 	2006-02-15 04:45:30
511	1152 al-Qatif Lane	\N	 	412	44816	 	2006-02-15 04:45:30
160	1367 Yantai Manor	\N	 	381	21294	 	2006-02-15 04:45:30
481	1153 Allende Way	\N	 	179	20336	 	2006-02-15 04:45:30
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE address ENABLE TRIGGER ALL;


-- Import data into table: actor

ALTER TABLE actor DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: actor; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.actor (actor_id, first_name, last_name, last_update) FROM stdin;
81	SCARLETT	DAMON	2006-02-15 04:34:33
144	ANGELA	WITHERSPOON	2006-02-15 04:34:33
149	RUSSELL	TEMPLE	2006-02-15 04:34:33
135	RITA	REYNOLDS	2006-02-15 04:34:33
115	HARRISON	BALE	2006-02-15 04:34:33
189	CUBA	BIRCH	2006-02-15 04:34:33
126	FRANCES	TOMEI	2006-02-15 04:34:33
61	CHRISTIAN	NEESON	2006-02-15 04:34:33
116	DAN	STREEP	2006-02-15 04:34:33
45	REESE	KILMER	2006-02-15 04:34:33
5	JOHNNY	LOLLOBRIGIDA	2006-02-15 04:34:33
142	JADA	RYDER	2006-02-15 04:34:33
1	PENELOPE	GUINESS	2006-02-15 04:34:33
140	WHOOPI	HURT	2006-02-15 04:34:33
98	CHRIS	BRIDGES	2006-02-15 04:34:33
102	WALTER	TORN	2006-02-15 04:34:33
49	ANNE	CRONYN	2006-02-15 04:34:33
11	ZERO	CAGE	2006-02-15 04:34:33
78	GROUCHO	SINATRA	2006-02-15 04:34:33
64	RAY	JOHANSSON	2006-02-15 04:34:33
107	GINA	DEGENERES	2006-02-15 04:34:33
41	JODIE	DEGENERES	2006-02-15 04:34:33
152	BEN	HARRIS	2006-02-15 04:34:33
29	ALEC	WAYNE	2006-02-15 04:34:33
123	JULIANNE	DENCH	2006-02-15 04:34:33
178	LISA	MONROE	2006-02-15 04:34:33
89	CHARLIZE	DENCH	2006-02-15 04:34:33
136	ED	MANSFIELD	2006-02-15 04:34:33
148	EMILY	DEE	2006-02-15 04:34:33
171	OLYMPIA	PFEIFFER	2006-02-15 04:34:33
52	CARMEN	HUNT	2006-02-15 04:34:33
55	FAY	KILMER	2006-02-15 04:34:33
159	LAURA	BRODY	2006-02-15 04:34:33
170	MENA	HOPPER	2006-02-15 04:34:33
131	JANE	JACKMAN	2006-02-15 04:34:33
13	UMA	WOOD	2006-02-15 04:34:33
21	KIRSTEN	PALTROW	2006-02-15 04:34:33
43	KIRK	JOVOVICH	2006-02-15 04:34:33
38	TOM	MCKELLEN	2006-02-15 04:34:33
86	GREG	CHAPLIN	2006-02-15 04:34:33
91	CHRISTOPHER	BERRY	2006-02-15 04:34:33
190	AUDREY	BAILEY	2006-02-15 04:34:33
176	JON	CHASE	2006-02-15 04:34:33
175	WILLIAM	HACKMAN	2006-02-15 04:34:33
199	JULIA	FAWCETT	2006-02-15 04:34:33
90	SEAN	GUINESS	2006-02-15 04:34:33
16	FRED	COSTNER	2006-02-15 04:34:33
59	DUSTIN	TAUTOU	2006-02-15 04:34:33
200	THORA	TEMPLE	2006-02-15 04:34:33
12	KARL	BERRY	2006-02-15 04:34:33
73	GARY	PENN	2006-02-15 04:34:33
40	JOHNNY	CAGE	2006-02-15 04:34:33
150	JAYNE	NOLTE	2006-02-15 04:34:33
97	MEG	HAWKE	2006-02-15 04:34:33
196	BELA	WALKEN	2006-02-15 04:34:33
15	CUBA	OLIVIER	2006-02-15 04:34:33
44	NICK	STALLONE	2006-02-15 04:34:33
137	MORGAN	WILLIAMS	2006-02-15 04:34:33
143	RIVER	DEAN	2006-02-15 04:34:33
6	BETTE	NICHOLSON	2006-02-15 04:34:33
179	ED	GUINESS	2006-02-15 04:34:33
51	GARY	PHOENIX	2006-02-15 04:34:33
105	SIDNEY	CROWE	2006-02-15 04:34:33
7	GRACE	MOSTEL	2006-02-15 04:34:33
96	GENE	WILLIS	2006-02-15 04:34:33
42	TOM	MIRANDA	2006-02-15 04:34:33
50	NATALIE	HOPKINS	2006-02-15 04:34:33
32	TIM	HACKMAN	2006-02-15 04:34:33
182	DEBBIE	AKROYD	2006-02-15 04:34:33
181	MATTHEW	CARREY	2006-02-15 04:34:33
113	MORGAN	HOPKINS	2006-02-15 04:34:33
48	FRANCES	DAY-LEWIS	2006-02-15 04:34:33
47	JULIA	BARRYMORE	2006-02-15 04:34:33
198	MARY	KEITEL	2006-02-15 04:34:33
9	JOE	SWANK	2006-02-15 04:34:33
112	RUSSELL	BACALL	2006-02-15 04:34:33
191	GREGORY	GOODING	2006-02-15 04:34:33
77	CARY	MCCONAUGHEY	2006-02-15 04:34:33
194	MERYL	ALLEN	2006-02-15 04:34:33
141	CATE	HARRIS	2006-02-15 04:34:33
94	KENNETH	TORN	2006-02-15 04:34:33
65	ANGELA	HUDSON	2006-02-15 04:34:33
101	SUSAN	DAVIS	2006-02-15 04:34:33
83	BEN	WILLIS	2006-02-15 04:34:33
71	ADAM	GRANT	2006-02-15 04:34:33
60	HENRY	BERRY	2006-02-15 04:34:33
165	AL	GARLAND	2006-02-15 04:34:33
92	KIRSTEN	AKROYD	2006-02-15 04:34:33
130	GRETA	KEITEL	2006-02-15 04:34:33
188	ROCK	DUKAKIS	2006-02-15 04:34:33
134	GENE	HOPKINS	2006-02-15 04:34:33
17	HELEN	VOIGHT	2006-02-15 04:34:33
10	CHRISTIAN	GABLE	2006-02-15 04:34:33
164	HUMPHREY	WILLIS	2006-02-15 04:34:33
103	MATTHEW	LEIGH	2006-02-15 04:34:33
72	SEAN	WILLIAMS	2006-02-15 04:34:33
153	MINNIE	KILMER	2006-02-15 04:34:33
184	HUMPHREY	GARLAND	2006-02-15 04:34:33
192	JOHN	SUVARI	2006-02-15 04:34:33
19	BOB	FAWCETT	2006-02-15 04:34:33
36	BURT	DUKAKIS	2006-02-15 04:34:33
128	CATE	MCQUEEN	2006-02-15 04:34:33
197	REESE	WEST	2006-02-15 04:34:33
161	HARVEY	HOPE	2006-02-15 04:34:33
124	SCARLETT	BENING	2006-02-15 04:34:33
58	CHRISTIAN	AKROYD	2006-02-15 04:34:33
70	MICHELLE	MCCONAUGHEY	2006-02-15 04:34:33
109	SYLVESTER	DERN	2006-02-15 04:34:33
34	AUDREY	OLIVIER	2006-02-15 04:34:33
53	MENA	TEMPLE	2006-02-15 04:34:33
54	PENELOPE	PINKETT	2006-02-15 04:34:33
172	GROUCHO	WILLIAMS	2006-02-15 04:34:33
195	JAYNE	SILVERSTONE	2006-02-15 04:34:33
23	SANDRA	KILMER	2006-02-15 04:34:33
119	WARREN	JACKMAN	2006-02-15 04:34:33
185	MICHAEL	BOLGER	2006-02-15 04:34:33
157	GRETA	MALDEN	2006-02-15 04:34:33
69	KENNETH	PALTROW	2006-02-15 04:34:33
183	RUSSELL	CLOSE	2006-02-15 04:34:33
87	SPENCER	PECK	2006-02-15 04:34:33
4	JENNIFER	DAVIS	2006-02-15 04:34:33
18	DAN	TORN	2006-02-15 04:34:33
66	MARY	TANDY	2006-02-15 04:34:33
154	MERYL	GIBSON	2006-02-15 04:34:33
117	RENEE	TRACY	2006-02-15 04:34:33
30	SANDRA	PECK	2006-02-15 04:34:33
177	GENE	MCKELLEN	2006-02-15 04:34:33
68	RIP	WINSLET	2006-02-15 04:34:33
57	JUDE	CRUISE	2006-02-15 04:34:33
186	JULIA	ZELLWEGER	2006-02-15 04:34:33
169	KENNETH	HOFFMAN	2006-02-15 04:34:33
138	LUCILLE	DEE	2006-02-15 04:34:33
88	KENNETH	PESCI	2006-02-15 04:34:33
100	SPENCER	DEPP	2006-02-15 04:34:33
163	CHRISTOPHER	WEST	2006-02-15 04:34:33
129	DARYL	CRAWFORD	2006-02-15 04:34:33
37	VAL	BOLGER	2006-02-15 04:34:33
99	JIM	MOSTEL	2006-02-15 04:34:33
173	ALAN	DREYFUSS	2006-02-15 04:34:33
156	FAY	WOOD	2006-02-15 04:34:33
75	BURT	POSEY	2006-02-15 04:34:33
84	JAMES	PITT	2006-02-15 04:34:33
63	CAMERON	WRAY	2006-02-15 04:34:33
67	JESSICA	BAILEY	2006-02-15 04:34:33
168	WILL	WILSON	2006-02-15 04:34:33
27	JULIA	MCQUEEN	2006-02-15 04:34:33
151	GEOFFREY	HESTON	2006-02-15 04:34:33
79	MAE	HOFFMAN	2006-02-15 04:34:33
2	NICK	WAHLBERG	2006-02-15 04:34:33
174	MICHAEL	BENING	2006-02-15 04:34:33
122	SALMA	NOLTE	2006-02-15 04:34:33
8	MATTHEW	JOHANSSON	2006-02-15 04:34:33
145	KIM	ALLEN	2006-02-15 04:34:33
132	ADAM	HOPPER	2006-02-15 04:34:33
46	PARKER	GOLDBERG	2006-02-15 04:34:33
104	PENELOPE	CRONYN	2006-02-15 04:34:33
80	RALPH	CRUZ	2006-02-15 04:34:33
14	VIVIEN	BERGEN	2006-02-15 04:34:33
35	JUDY	DEAN	2006-02-15 04:34:33
56	DAN	HARRIS	2006-02-15 04:34:33
111	CAMERON	ZELLWEGER	2006-02-15 04:34:33
93	ELLEN	PRESLEY	2006-02-15 04:34:33
22	ELVIS	MARX	2006-02-15 04:34:33
120	PENELOPE	MONROE	2006-02-15 04:34:33
24	CAMERON	STREEP	2006-02-15 04:34:33
127	KEVIN	GARLAND	2006-02-15 04:34:33
193	BURT	TEMPLE	2006-02-15 04:34:33
26	RIP	CRAWFORD	2006-02-15 04:34:33
82	WOODY	JOLIE	2006-02-15 04:34:33
158	VIVIEN	BASINGER	2006-02-15 04:34:33
114	MORGAN	MCDORMAND	2006-02-15 04:34:33
39	GOLDIE	BRODY	2006-02-15 04:34:33
118	CUBA	ALLEN	2006-02-15 04:34:33
62	JAYNE	NEESON	2006-02-15 04:34:33
187	RENEE	BALL	2006-02-15 04:34:33
147	FAY	WINSLET	2006-02-15 04:34:33
28	WOODY	HOFFMAN	2006-02-15 04:34:33
74	MILLA	KEITEL	2006-02-15 04:34:33
33	MILLA	PECK	2006-02-15 04:34:33
31	SISSY	SOBIESKI	2006-02-15 04:34:33
167	LAURENCE	BULLOCK	2006-02-15 04:34:33
125	ALBERT	NOLTE	2006-02-15 04:34:33
133	RICHARD	PENN	2006-02-15 04:34:33
76	ANGELINA	ASTAIRE	2006-02-15 04:34:33
146	ALBERT	JOHANSSON	2006-02-15 04:34:33
155	IAN	TANDY	2006-02-15 04:34:33
110	SUSAN	DAVIS	2006-02-15 04:34:33
108	WARREN	NOLTE	2006-02-15 04:34:33
139	EWAN	GOODING	2006-02-15 04:34:33
85	MINNIE	ZELLWEGER	2006-02-15 04:34:33
162	OPRAH	KILMER	2006-02-15 04:34:33
106	GROUCHO	DUNST	2006-02-15 04:34:33
180	JEFF	SILVERSTONE	2006-02-15 04:34:33
121	LIZA	BERGMAN	2006-02-15 04:34:33
95	DARYL	WAHLBERG	2006-02-15 04:34:33
3	ED	CHASE	2006-02-15 04:34:33
25	KEVIN	BLOOM	2006-02-15 04:34:33
166	NICK	DEGENERES	2006-02-15 04:34:33
20	LUCILLE	TRACY	2006-02-15 04:34:33
160	CHRIS	DEPP	2006-02-15 04:34:33
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE actor ENABLE TRIGGER ALL;


-- Import data into table: staff

ALTER TABLE staff DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.staff (staff_id, first_name, last_name, address_id, email, store_id, active, username, password, last_update, picture) FROM stdin;
1	Mike	Hillyer	3	Mike.Hillyer@sakilastaff.com	1	t	Mike	8cb2237d0679ca88db6464eac60da96345513964	2006-02-15 04:57:16	\N
2	Jon	Stephens	4	Jon.Stephens@sakilastaff.com	2	t	Jon	8cb2237d0679ca88db6464eac60da96345513964	2006-02-15 04:57:16	\N
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE staff ENABLE TRIGGER ALL;


-- Import data into table: store

ALTER TABLE store DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: store; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.store (store_id, manager_staff_id, address_id, last_update) FROM stdin;
1	1	1	2006-02-15 04:57:12
2	2	2	2006-02-15 04:57:12
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE store ENABLE TRIGGER ALL;


-- Import data into table: category

ALTER TABLE category DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: category; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.category (category_id, name, last_update) FROM stdin;
5	Comedy	2006-02-15 04:46:27
1	Action	2006-02-15 04:46:27
11	Horror	2006-02-15 04:46:27
13	New	2006-02-15 04:46:27
16	Travel	2006-02-15 04:46:27
12	Music	2006-02-15 04:46:27
15	Sports	2006-02-15 04:46:27
6	Documentary	2006-02-15 04:46:27
7	Drama	2006-02-15 04:46:27
9	Foreign	2006-02-15 04:46:27
10	Games	2006-02-15 04:46:27
4	Classics	2006-02-15 04:46:27
2	Animation	2006-02-15 04:46:27
8	Family	2006-02-15 04:46:27
14	Sci-Fi	2006-02-15 04:46:27
3	Children	2006-02-15 04:46:27
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE category ENABLE TRIGGER ALL;


-- Import data into table: film

ALTER TABLE film DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: film; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.film (film_id, title, description, release_year, language_id, original_language_id, rental_duration, rental_rate, length, replacement_cost, rating, last_update, special_features, fulltext) FROM stdin;
854	STRANGERS GRAFFITI	A Brilliant Character Study of a Secret Agent And a Man who must Find a Cat in The Gulf of Mexico	2006	1	\N	4	4.99	119	22.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'agent':10 'brilliant':4 'cat':18 'charact':5 'find':16 'graffiti':2 'gulf':21 'man':13 'mexico':23 'must':15 'secret':9 'stranger':1 'studi':6
967	WEEKEND PERSONAL	A Fast-Paced Documentary of a Car And a Butler who must Find a Frisbee in A Jet Boat	2006	1	\N	5	2.99	134	26.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'boat':22 'butler':13 'car':10 'documentari':7 'fast':5 'fast-pac':4 'find':16 'frisbe':18 'jet':21 'must':15 'pace':6 'person':2 'weekend':1
789	SHOCK CABIN	A Fateful Tale of a Mad Cow And a Crocodile who must Meet a Husband in New Orleans	2006	1	\N	7	2.99	79	15.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'cabin':2 'cow':9 'crocodil':12 'fate':4 'husband':17 'mad':8 'meet':15 'must':14 'new':19 'orlean':20 'shock':1 'tale':5
81	BLINDNESS GUN	A Touching Drama of a Robot And a Dentist who must Meet a Hunter in A Jet Boat	2006	1	\N	6	4.99	103	29.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'blind':1 'boat':20 'dentist':11 'drama':5 'gun':2 'hunter':16 'jet':19 'meet':14 'must':13 'robot':8 'touch':4
600	MOTIONS DETAILS	A Awe-Inspiring Reflection of a Dog And a Student who must Kill a Car in An Abandoned Fun House	2006	1	\N	5	0.99	166	16.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'abandon':21 'awe':5 'awe-inspir':4 'car':18 'detail':2 'dog':10 'fun':22 'hous':23 'inspir':6 'kill':16 'motion':1 'must':15 'reflect':7 'student':13
144	CHINATOWN GLADIATOR	A Brilliant Panorama of a Technical Writer And a Lumberjack who must Escape a Butler in Ancient India	2006	1	\N	7	4.99	61	24.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'ancient':19 'brilliant':4 'butler':17 'chinatown':1 'escap':15 'gladiat':2 'india':20 'lumberjack':12 'must':14 'panorama':5 'technic':8 'writer':9
835	SPY MILE	A Thrilling Documentary of a Feminist And a Feminist who must Confront a Feminist in A Baloon	2006	1	\N	6	2.99	112	13.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'baloon':19 'confront':14 'documentari':5 'feminist':8,11,16 'mile':2 'must':13 'spi':1 'thrill':4
488	JOON NORTHWEST	A Thrilling Panorama of a Technical Writer And a Car who must Discover a Forensic Psychologist in A Shark Tank	2006	1	\N	3	0.99	105	23.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'car':12 'discov':15 'forens':17 'joon':1 'must':14 'northwest':2 'panorama':5 'psychologist':18 'shark':21 'tank':22 'technic':8 'thrill':4 'writer':9
985	WONDERLAND CHRISTMAS	A Awe-Inspiring Character Study of a Waitress And a Car who must Pursue a Mad Scientist in The First Manned Space Station	2006	1	\N	4	4.99	111	19.99	PG	2006-02-15 05:03:42	{Commentaries}	'awe':5 'awe-inspir':4 'car':14 'charact':7 'christma':2 'first':23 'inspir':6 'mad':19 'man':24 'must':16 'pursu':17 'scientist':20 'space':25 'station':26 'studi':8 'waitress':11 'wonderland':1
840	STAMPEDE DISTURBING	A Unbelieveable Tale of a Woman And a Lumberjack who must Fight a Frisbee in A U-Boat	2006	1	\N	5	0.99	75	26.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'boat':21 'disturb':2 'fight':14 'frisbe':16 'lumberjack':11 'must':13 'stamped':1 'tale':5 'u':20 'u-boat':19 'unbeliev':4 'woman':8
399	HAPPINESS UNITED	A Action-Packed Panorama of a Husband And a Feminist who must Meet a Forensic Psychologist in Ancient Japan	2006	1	\N	6	2.99	100	23.99	G	2006-02-15 05:03:42	{"Deleted Scenes"}	'action':5 'action-pack':4 'ancient':21 'feminist':13 'forens':18 'happi':1 'husband':10 'japan':22 'meet':16 'must':15 'pack':6 'panorama':7 'psychologist':19 'unit':2
984	WONDERFUL DROP	A Boring Panorama of a Woman And a Madman who must Overcome a Butler in A U-Boat	2006	1	\N	3	2.99	126	20.99	NC-17	2006-02-15 05:03:42	{Commentaries}	'boat':21 'bore':4 'butler':16 'drop':2 'madman':11 'must':13 'overcom':14 'panorama':5 'u':20 'u-boat':19 'woman':8 'wonder':1
149	CHRISTMAS MOONSHINE	A Action-Packed Epistle of a Feminist And a Astronaut who must Conquer a Boat in A Manhattan Penthouse	2006	1	\N	7	0.99	150	21.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'astronaut':13 'boat':18 'christma':1 'conquer':16 'epistl':7 'feminist':10 'manhattan':21 'moonshin':2 'must':15 'pack':6 'penthous':22
988	WORKER TARZAN	A Action-Packed Yarn of a Secret Agent And a Technical Writer who must Battle a Sumo Wrestler in The First Manned Space Station	2006	1	\N	7	2.99	139	26.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'agent':11 'battl':18 'first':24 'man':25 'must':17 'pack':6 'secret':10 'space':26 'station':27 'sumo':20 'tarzan':2 'technic':14 'worker':1 'wrestler':21 'writer':15 'yarn':7
135	CHANCE RESURRECTION	A Astounding Story of a Forensic Psychologist And a Forensic Psychologist who must Overcome a Moose in Ancient China	2006	1	\N	3	2.99	70	22.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'ancient':20 'astound':4 'chanc':1 'china':21 'forens':8,12 'moos':18 'must':15 'overcom':16 'psychologist':9,13 'resurrect':2 'stori':5
311	FICTION CHRISTMAS	A Emotional Yarn of a A Shark And a Student who must Battle a Robot in An Abandoned Mine Shaft	2006	1	\N	4	0.99	72	14.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':20 'battl':15 'christma':2 'emot':4 'fiction':1 'mine':21 'must':14 'robot':17 'shaft':22 'shark':9 'student':12 'yarn':5
489	JUGGLER HARDLY	A Epic Story of a Mad Cow And a Astronaut who must Challenge a Car in California	2006	1	\N	4	0.99	54	14.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'astronaut':12 'california':19 'car':17 'challeng':15 'cow':9 'epic':4 'hard':2 'juggler':1 'mad':8 'must':14 'stori':5
115	CAMPUS REMEMBER	A Astounding Drama of a Crocodile And a Mad Cow who must Build a Robot in A Jet Boat	2006	1	\N	5	2.99	167	27.99	R	2006-02-15 05:03:42	{"Behind the Scenes"}	'astound':4 'boat':21 'build':15 'campus':1 'cow':12 'crocodil':8 'drama':5 'jet':20 'mad':11 'must':14 'rememb':2 'robot':17
990	WORLD LEATHERNECKS	A Unbelieveable Tale of a Pioneer And a Astronaut who must Overcome a Robot in An Abandoned Amusement Park	2006	1	\N	3	0.99	171	13.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'abandon':19 'amus':20 'astronaut':11 'leatherneck':2 'must':13 'overcom':14 'park':21 'pioneer':8 'robot':16 'tale':5 'unbeliev':4 'world':1
970	WESTWARD SEABISCUIT	A Lacklusture Tale of a Butler And a Husband who must Face a Boy in Ancient China	2006	1	\N	7	0.99	52	11.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'ancient':18 'boy':16 'butler':8 'china':19 'face':14 'husband':11 'lacklustur':4 'must':13 'seabiscuit':2 'tale':5 'westward':1
367	GOLDMINE TYCOON	A Brilliant Epistle of a Composer And a Frisbee who must Conquer a Husband in The Outback	2006	1	\N	6	0.99	153	20.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'brilliant':4 'compos':8 'conquer':14 'epistl':5 'frisbe':11 'goldmin':1 'husband':16 'must':13 'outback':19 'tycoon':2
355	GHOSTBUSTERS ELF	A Thoughtful Epistle of a Dog And a Feminist who must Chase a Composer in Berlin	2006	1	\N	7	0.99	101	18.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'berlin':18 'chase':14 'compos':16 'dog':8 'elf':2 'epistl':5 'feminist':11 'ghostbust':1 'must':13 'thought':4
189	CREATURES SHAKESPEARE	A Emotional Drama of a Womanizer And a Squirrel who must Vanquish a Crocodile in Ancient India	2006	1	\N	3	0.99	139	23.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'ancient':18 'creatur':1 'crocodil':16 'drama':5 'emot':4 'india':19 'must':13 'shakespear':2 'squirrel':11 'vanquish':14 'woman':8
479	JEDI BENEATH	A Astounding Reflection of a Explorer And a Dentist who must Pursue a Student in Nigeria	2006	1	\N	7	0.99	128	12.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'astound':4 'beneath':2 'dentist':11 'explor':8 'jedi':1 'must':13 'nigeria':18 'pursu':14 'reflect':5 'student':16
944	VIRGIN DAISY	A Awe-Inspiring Documentary of a Robot And a Mad Scientist who must Reach a Database Administrator in A Shark Tank	2006	1	\N	6	4.99	179	29.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'administr':20 'awe':5 'awe-inspir':4 'daisi':2 'databas':19 'documentari':7 'inspir':6 'mad':13 'must':16 'reach':17 'robot':10 'scientist':14 'shark':23 'tank':24 'virgin':1
126	CASUALTIES ENCINO	A Insightful Yarn of a A Shark And a Pastry Chef who must Face a Boy in A Monastery	2006	1	\N	3	4.99	179	16.99	G	2006-02-15 05:03:42	{Trailers}	'boy':18 'casualti':1 'chef':13 'encino':2 'face':16 'insight':4 'monasteri':21 'must':15 'pastri':12 'shark':9 'yarn':5
509	LANGUAGE COWBOY	A Epic Yarn of a Cat And a Madman who must Vanquish a Dentist in An Abandoned Amusement Park	2006	1	\N	5	0.99	78	26.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'abandon':19 'amus':20 'cat':8 'cowboy':2 'dentist':16 'epic':4 'languag':1 'madman':11 'must':13 'park':21 'vanquish':14 'yarn':5
332	FRANKENSTEIN STRANGER	A Insightful Character Study of a Feminist And a Pioneer who must Pursue a Pastry Chef in Nigeria	2006	1	\N	7	0.99	159	16.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'charact':5 'chef':18 'feminist':9 'frankenstein':1 'insight':4 'must':14 'nigeria':20 'pastri':17 'pioneer':12 'pursu':15 'stranger':2 'studi':6
61	BEAUTY GREASE	A Fast-Paced Display of a Composer And a Moose who must Sink a Robot in An Abandoned Mine Shaft	2006	1	\N	5	4.99	175	28.99	G	2006-02-15 05:03:42	{Trailers,Commentaries}	'abandon':21 'beauti':1 'compos':10 'display':7 'fast':5 'fast-pac':4 'greas':2 'mine':22 'moos':13 'must':15 'pace':6 'robot':18 'shaft':23 'sink':16
864	SUNDANCE INVASION	A Epic Drama of a Lumberjack And a Explorer who must Confront a Hunter in A Baloon Factory	2006	1	\N	5	0.99	92	21.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'baloon':19 'confront':14 'drama':5 'epic':4 'explor':11 'factori':20 'hunter':16 'invas':2 'lumberjack':8 'must':13 'sundanc':1
407	HAWK CHILL	A Action-Packed Drama of a Mad Scientist And a Composer who must Outgun a Car in Australia	2006	1	\N	5	0.99	47	12.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'action':5 'action-pack':4 'australia':21 'car':19 'chill':2 'compos':14 'drama':7 'hawk':1 'mad':10 'must':16 'outgun':17 'pack':6 'scientist':11
658	PARIS WEEKEND	A Intrepid Story of a Squirrel And a Crocodile who must Defeat a Monkey in The Outback	2006	1	\N	7	2.99	121	19.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'crocodil':11 'defeat':14 'intrepid':4 'monkey':16 'must':13 'outback':19 'pari':1 'squirrel':8 'stori':5 'weekend':2
116	CANDIDATE PERDITION	A Brilliant Epistle of a Composer And a Database Administrator who must Vanquish a Mad Scientist in The First Manned Space Station	2006	1	\N	4	2.99	70	10.99	R	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'administr':12 'brilliant':4 'candid':1 'compos':8 'databas':11 'epistl':5 'first':21 'mad':17 'man':22 'must':14 'perdit':2 'scientist':18 'space':23 'station':24 'vanquish':15
45	ATTRACTION NEWTON	A Astounding Panorama of a Composer And a Frisbee who must Reach a Husband in Ancient Japan	2006	1	\N	5	4.99	83	14.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'ancient':18 'astound':4 'attract':1 'compos':8 'frisbe':11 'husband':16 'japan':19 'must':13 'newton':2 'panorama':5 'reach':14
553	MAKER GABLES	A Stunning Display of a Moose And a Database Administrator who must Pursue a Composer in A Jet Boat	2006	1	\N	4	0.99	136	12.99	PG-13	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'administr':12 'boat':21 'compos':17 'databas':11 'display':5 'gabl':2 'jet':20 'maker':1 'moos':8 'must':14 'pursu':15 'stun':4
231	DINOSAUR SECRETARY	A Action-Packed Drama of a Feminist And a Girl who must Reach a Robot in The Canadian Rockies	2006	1	\N	7	2.99	63	27.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'action':5 'action-pack':4 'canadian':21 'dinosaur':1 'drama':7 'feminist':10 'girl':13 'must':15 'pack':6 'reach':16 'robot':18 'rocki':22 'secretari':2
228	DETECTIVE VISION	A Fanciful Documentary of a Pioneer And a Woman who must Redeem a Hunter in Ancient Japan	2006	1	\N	4	0.99	143	16.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'ancient':18 'detect':1 'documentari':5 'fanci':4 'hunter':16 'japan':19 'must':13 'pioneer':8 'redeem':14 'vision':2 'woman':11
751	RUNAWAY TENENBAUMS	A Thoughtful Documentary of a Boat And a Man who must Meet a Boat in An Abandoned Fun House	2006	1	\N	6	0.99	181	17.99	NC-17	2006-02-15 05:03:42	{Commentaries}	'abandon':19 'boat':8,16 'documentari':5 'fun':20 'hous':21 'man':11 'meet':14 'must':13 'runaway':1 'tenenbaum':2 'thought':4
899	TOWERS HURRICANE	A Fateful Display of a Monkey And a Car who must Sink a Husband in A MySQL Convention	2006	1	\N	7	0.99	144	14.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'car':11 'convent':20 'display':5 'fate':4 'hurrican':2 'husband':16 'monkey':8 'must':13 'mysql':19 'sink':14 'tower':1
572	METROPOLIS COMA	A Emotional Saga of a Database Administrator And a Pastry Chef who must Confront a Teacher in A Baloon Factory	2006	1	\N	4	2.99	64	9.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'administr':9 'baloon':21 'chef':13 'coma':2 'confront':16 'databas':8 'emot':4 'factori':22 'metropoli':1 'must':15 'pastri':12 'saga':5 'teacher':18
508	LAMBS CINCINATTI	A Insightful Story of a Man And a Feminist who must Fight a Composer in Australia	2006	1	\N	6	4.99	144	18.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'australia':18 'cincinatti':2 'compos':16 'feminist':11 'fight':14 'insight':4 'lamb':1 'man':8 'must':13 'stori':5
718	REBEL AIRPORT	A Intrepid Yarn of a Database Administrator And a Boat who must Outrace a Husband in Ancient India	2006	1	\N	7	0.99	73	24.99	G	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'administr':9 'airport':2 'ancient':19 'boat':12 'databas':8 'husband':17 'india':20 'intrepid':4 'must':14 'outrac':15 'rebel':1 'yarn':5
640	OPUS ICE	A Fast-Paced Drama of a Hunter And a Boy who must Discover a Feminist in The Sahara Desert	2006	1	\N	5	4.99	102	21.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'boy':13 'desert':22 'discov':16 'drama':7 'fast':5 'fast-pac':4 'feminist':18 'hunter':10 'ice':2 'must':15 'opus':1 'pace':6 'sahara':21
568	MEMENTO ZOOLANDER	A Touching Epistle of a Squirrel And a Explorer who must Redeem a Pastry Chef in The Sahara Desert	2006	1	\N	4	4.99	77	11.99	NC-17	2006-02-15 05:03:42	{"Behind the Scenes"}	'chef':17 'desert':21 'epistl':5 'explor':11 'memento':1 'must':13 'pastri':16 'redeem':14 'sahara':20 'squirrel':8 'touch':4 'zooland':2
513	LEATHERNECKS DWARFS	A Fateful Reflection of a Dog And a Mad Cow who must Outrace a Teacher in An Abandoned Mine Shaft	2006	1	\N	6	2.99	153	21.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'abandon':20 'cow':12 'dog':8 'dwarf':2 'fate':4 'leatherneck':1 'mad':11 'mine':21 'must':14 'outrac':15 'reflect':5 'shaft':22 'teacher':17
273	EFFECT GLADIATOR	A Beautiful Display of a Pastry Chef And a Pastry Chef who must Outgun a Forensic Psychologist in A Manhattan Penthouse	2006	1	\N	6	0.99	107	14.99	PG	2006-02-15 05:03:42	{Commentaries}	'beauti':4 'chef':9,13 'display':5 'effect':1 'forens':18 'gladiat':2 'manhattan':22 'must':15 'outgun':16 'pastri':8,12 'penthous':23 'psychologist':19
5	AFRICAN EGG	A Fast-Paced Documentary of a Pastry Chef And a Dentist who must Pursue a Forensic Psychologist in The Gulf of Mexico	2006	1	\N	6	2.99	130	22.99	G	2006-02-15 05:03:42	{"Deleted Scenes"}	'african':1 'chef':11 'dentist':14 'documentari':7 'egg':2 'fast':5 'fast-pac':4 'forens':19 'gulf':23 'mexico':25 'must':16 'pace':6 'pastri':10 'psychologist':20 'pursu':17
569	MENAGERIE RUSHMORE	A Unbelieveable Panorama of a Composer And a Butler who must Overcome a Database Administrator in The First Manned Space Station	2006	1	\N	7	2.99	147	18.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'administr':17 'butler':11 'compos':8 'databas':16 'first':20 'man':21 'menageri':1 'must':13 'overcom':14 'panorama':5 'rushmor':2 'space':22 'station':23 'unbeliev':4
730	RIDGEMONT SUBMARINE	A Unbelieveable Drama of a Waitress And a Composer who must Sink a Mad Cow in Ancient Japan	2006	1	\N	3	0.99	46	28.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'ancient':19 'compos':11 'cow':17 'drama':5 'japan':20 'mad':16 'must':13 'ridgemont':1 'sink':14 'submarin':2 'unbeliev':4 'waitress':8
478	JAWS HARRY	A Thrilling Display of a Database Administrator And a Monkey who must Overcome a Dog in An Abandoned Fun House	2006	1	\N	4	2.99	112	10.99	G	2006-02-15 05:03:42	{"Deleted Scenes"}	'abandon':20 'administr':9 'databas':8 'display':5 'dog':17 'fun':21 'harri':2 'hous':22 'jaw':1 'monkey':12 'must':14 'overcom':15 'thrill':4
599	MOTHER OLEANDER	A Boring Tale of a Husband And a Boy who must Fight a Squirrel in Ancient China	2006	1	\N	3	0.99	103	20.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'ancient':18 'bore':4 'boy':11 'china':19 'fight':14 'husband':8 'mother':1 'must':13 'oleand':2 'squirrel':16 'tale':5
948	VOICE PEACH	A Amazing Panorama of a Pioneer And a Student who must Overcome a Mad Scientist in A Manhattan Penthouse	2006	1	\N	6	0.99	139	22.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'amaz':4 'mad':16 'manhattan':20 'must':13 'overcom':14 'panorama':5 'peach':2 'penthous':21 'pioneer':8 'scientist':17 'student':11 'voic':1
916	TURN STAR	A Stunning Tale of a Man And a Monkey who must Chase a Student in New Orleans	2006	1	\N	3	2.99	80	10.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'chase':14 'man':8 'monkey':11 'must':13 'new':18 'orlean':19 'star':2 'student':16 'stun':4 'tale':5 'turn':1
946	VIRTUAL SPOILERS	A Fateful Tale of a Database Administrator And a Squirrel who must Discover a Student in Soviet Georgia	2006	1	\N	3	4.99	144	14.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'administr':9 'databas':8 'discov':15 'fate':4 'georgia':20 'must':14 'soviet':19 'spoiler':2 'squirrel':12 'student':17 'tale':5 'virtual':1
723	REIGN GENTLEMEN	A Emotional Yarn of a Composer And a Man who must Escape a Butler in The Gulf of Mexico	2006	1	\N	3	2.99	82	29.99	PG-13	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'butler':16 'compos':8 'emot':4 'escap':14 'gentlemen':2 'gulf':19 'man':11 'mexico':21 'must':13 'reign':1 'yarn':5
263	DURHAM PANKY	A Brilliant Panorama of a Girl And a Boy who must Face a Mad Scientist in An Abandoned Mine Shaft	2006	1	\N	6	4.99	154	14.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'abandon':20 'boy':11 'brilliant':4 'durham':1 'face':14 'girl':8 'mad':16 'mine':21 'must':13 'panki':2 'panorama':5 'scientist':17 'shaft':22
243	DOORS PRESIDENT	A Awe-Inspiring Display of a Squirrel And a Woman who must Overcome a Boy in The Gulf of Mexico	2006	1	\N	3	4.99	49	22.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'awe':5 'awe-inspir':4 'boy':18 'display':7 'door':1 'gulf':21 'inspir':6 'mexico':23 'must':15 'overcom':16 'presid':2 'squirrel':10 'woman':13
660	PARTY KNOCK	A Fateful Display of a Technical Writer And a Butler who must Battle a Sumo Wrestler in An Abandoned Mine Shaft	2006	1	\N	7	2.99	107	11.99	PG	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'abandon':21 'battl':15 'butler':12 'display':5 'fate':4 'knock':2 'mine':22 'must':14 'parti':1 'shaft':23 'sumo':17 'technic':8 'wrestler':18 'writer':9
319	FISH OPUS	A Touching Display of a Feminist And a Girl who must Confront a Astronaut in Australia	2006	1	\N	4	2.99	125	22.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'astronaut':16 'australia':18 'confront':14 'display':5 'feminist':8 'fish':1 'girl':11 'must':13 'opus':2 'touch':4
410	HEAVEN FREEDOM	A Intrepid Story of a Butler And a Car who must Vanquish a Man in New Orleans	2006	1	\N	7	2.99	48	19.99	PG	2006-02-15 05:03:42	{Commentaries}	'butler':8 'car':11 'freedom':2 'heaven':1 'intrepid':4 'man':16 'must':13 'new':18 'orlean':19 'stori':5 'vanquish':14
707	QUEST MUSSOLINI	A Fateful Drama of a Husband And a Sumo Wrestler who must Battle a Pastry Chef in A Baloon Factory	2006	1	\N	5	2.99	177	29.99	R	2006-02-15 05:03:42	{"Behind the Scenes"}	'baloon':21 'battl':15 'chef':18 'drama':5 'factori':22 'fate':4 'husband':8 'mussolini':2 'must':14 'pastri':17 'quest':1 'sumo':11 'wrestler':12
409	HEARTBREAKERS BRIGHT	A Awe-Inspiring Documentary of a A Shark And a Dentist who must Outrace a Pastry Chef in The Canadian Rockies	2006	1	\N	3	4.99	59	9.99	G	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'awe':5 'awe-inspir':4 'bright':2 'canadian':23 'chef':20 'dentist':14 'documentari':7 'heartbreak':1 'inspir':6 'must':16 'outrac':17 'pastri':19 'rocki':24 'shark':11
539	LUCK OPUS	A Boring Display of a Moose And a Squirrel who must Outrace a Teacher in A Shark Tank	2006	1	\N	7	2.99	152	21.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'bore':4 'display':5 'luck':1 'moos':8 'must':13 'opus':2 'outrac':14 'shark':19 'squirrel':11 'tank':20 'teacher':16
923	UNFAITHFUL KILL	A Taut Documentary of a Waitress And a Mad Scientist who must Battle a Technical Writer in New Orleans	2006	1	\N	7	2.99	78	12.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'battl':15 'documentari':5 'kill':2 'mad':11 'must':14 'new':20 'orlean':21 'scientist':12 'taut':4 'technic':17 'unfaith':1 'waitress':8 'writer':18
759	SALUTE APOLLO	A Awe-Inspiring Character Study of a Boy And a Feminist who must Sink a Crocodile in Ancient China	2006	1	\N	4	2.99	73	29.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'ancient':21 'apollo':2 'awe':5 'awe-inspir':4 'boy':11 'charact':7 'china':22 'crocodil':19 'feminist':14 'inspir':6 'must':16 'salut':1 'sink':17 'studi':8
437	HOUSE DYNAMITE	A Taut Story of a Pioneer And a Squirrel who must Battle a Student in Soviet Georgia	2006	1	\N	7	2.99	109	13.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'battl':14 'dynamit':2 'georgia':19 'hous':1 'must':13 'pioneer':8 'soviet':18 'squirrel':11 'stori':5 'student':16 'taut':4
699	PRIVATE DROP	A Stunning Story of a Technical Writer And a Hunter who must Succumb a Secret Agent in A Baloon	2006	1	\N	7	4.99	106	26.99	PG	2006-02-15 05:03:42	{Trailers}	'agent':18 'baloon':21 'drop':2 'hunter':12 'must':14 'privat':1 'secret':17 'stori':5 'stun':4 'succumb':15 'technic':8 'writer':9
643	ORIENT CLOSER	A Astounding Epistle of a Technical Writer And a Teacher who must Fight a Squirrel in The Sahara Desert	2006	1	\N	3	2.99	118	22.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'astound':4 'closer':2 'desert':21 'epistl':5 'fight':15 'must':14 'orient':1 'sahara':20 'squirrel':17 'teacher':12 'technic':8 'writer':9
239	DOGMA FAMILY	A Brilliant Character Study of a Database Administrator And a Monkey who must Succumb a Astronaut in New Orleans	2006	1	\N	5	4.99	122	16.99	G	2006-02-15 05:03:42	{Commentaries}	'administr':10 'astronaut':18 'brilliant':4 'charact':5 'databas':9 'dogma':1 'famili':2 'monkey':13 'must':15 'new':20 'orlean':21 'studi':6 'succumb':16
392	HALL CASSIDY	A Beautiful Panorama of a Pastry Chef And a A Shark who must Battle a Pioneer in Soviet Georgia	2006	1	\N	5	4.99	51	13.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'battl':16 'beauti':4 'cassidi':2 'chef':9 'georgia':21 'hall':1 'must':15 'panorama':5 'pastri':8 'pioneer':18 'shark':13 'soviet':20
322	FLATLINERS KILLER	A Taut Display of a Secret Agent And a Waitress who must Sink a Robot in An Abandoned Mine Shaft	2006	1	\N	5	2.99	100	29.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'abandon':20 'agent':9 'display':5 'flatlin':1 'killer':2 'mine':21 'must':14 'robot':17 'secret':8 'shaft':22 'sink':15 'taut':4 'waitress':12
142	CHICKEN HELLFIGHTERS	A Emotional Drama of a Dog And a Explorer who must Outrace a Technical Writer in Australia	2006	1	\N	3	0.99	122	24.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'australia':19 'chicken':1 'dog':8 'drama':5 'emot':4 'explor':11 'hellfight':2 'must':13 'outrac':14 'technic':16 'writer':17
590	MONEY HAROLD	A Touching Tale of a Explorer And a Boat who must Defeat a Robot in Australia	2006	1	\N	3	2.99	135	17.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries}	'australia':18 'boat':11 'defeat':14 'explor':8 'harold':2 'money':1 'must':13 'robot':16 'tale':5 'touch':4
1	ACADEMY DINOSAUR	A Epic Drama of a Feminist And a Mad Scientist who must Battle a Teacher in The Canadian Rockies	2006	1	\N	6	0.99	86	20.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'academi':1 'battl':15 'canadian':20 'dinosaur':2 'drama':5 'epic':4 'feminist':8 'mad':11 'must':14 'rocki':21 'scientist':12 'teacher':17
919	TYCOON GATHERING	A Emotional Display of a Husband And a A Shark who must Succumb a Madman in A Manhattan Penthouse	2006	1	\N	3	4.99	82	17.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'display':5 'emot':4 'gather':2 'husband':8 'madman':17 'manhattan':20 'must':14 'penthous':21 'shark':12 'succumb':15 'tycoon':1
911	TRIP NEWTON	A Fanciful Character Study of a Lumberjack And a Car who must Discover a Cat in An Abandoned Amusement Park	2006	1	\N	7	4.99	64	14.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'abandon':20 'amus':21 'car':12 'cat':17 'charact':5 'discov':15 'fanci':4 'lumberjack':9 'must':14 'newton':2 'park':22 'studi':6 'trip':1
444	HUSTLER PARTY	A Emotional Reflection of a Sumo Wrestler And a Monkey who must Conquer a Robot in The Sahara Desert	2006	1	\N	3	4.99	83	22.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'conquer':15 'desert':21 'emot':4 'hustler':1 'monkey':12 'must':14 'parti':2 'reflect':5 'robot':17 'sahara':20 'sumo':8 'wrestler':9
953	WAIT CIDER	A Intrepid Epistle of a Woman And a Forensic Psychologist who must Succumb a Astronaut in A Manhattan Penthouse	2006	1	\N	3	0.99	112	9.99	PG-13	2006-02-15 05:03:42	{Trailers}	'astronaut':17 'cider':2 'epistl':5 'forens':11 'intrepid':4 'manhattan':20 'must':14 'penthous':21 'psychologist':12 'succumb':15 'wait':1 'woman':8
961	WASH HEAVENLY	A Awe-Inspiring Reflection of a Cat And a Pioneer who must Escape a Hunter in Ancient China	2006	1	\N	7	4.99	161	22.99	R	2006-02-15 05:03:42	{Commentaries}	'ancient':20 'awe':5 'awe-inspir':4 'cat':10 'china':21 'escap':16 'heaven':2 'hunter':18 'inspir':6 'must':15 'pioneer':13 'reflect':7 'wash':1
888	THIN SAGEBRUSH	A Emotional Drama of a Husband And a Lumberjack who must Build a Cat in Ancient India	2006	1	\N	5	4.99	53	9.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'ancient':18 'build':14 'cat':16 'drama':5 'emot':4 'husband':8 'india':19 'lumberjack':11 'must':13 'sagebrush':2 'thin':1
335	FREEDOM CLEOPATRA	A Emotional Reflection of a Dentist And a Mad Cow who must Face a Squirrel in A Baloon	2006	1	\N	5	0.99	133	23.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'baloon':20 'cleopatra':2 'cow':12 'dentist':8 'emot':4 'face':15 'freedom':1 'mad':11 'must':14 'reflect':5 'squirrel':17
465	INTERVIEW LIAISONS	A Action-Packed Reflection of a Student And a Butler who must Discover a Database Administrator in A Manhattan Penthouse	2006	1	\N	4	4.99	59	17.99	R	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'administr':19 'butler':13 'databas':18 'discov':16 'interview':1 'liaison':2 'manhattan':22 'must':15 'pack':6 'penthous':23 'reflect':7 'student':10
435	HOTEL HAPPINESS	A Thrilling Yarn of a Pastry Chef And a A Shark who must Challenge a Mad Scientist in The Outback	2006	1	\N	6	4.99	181	28.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'challeng':16 'chef':9 'happi':2 'hotel':1 'mad':18 'must':15 'outback':22 'pastri':8 'scientist':19 'shark':13 'thrill':4 'yarn':5
348	GANDHI KWAI	A Thoughtful Display of a Mad Scientist And a Secret Agent who must Chase a Boat in Berlin	2006	1	\N	7	0.99	86	9.99	PG-13	2006-02-15 05:03:42	{Trailers}	'agent':13 'berlin':20 'boat':18 'chase':16 'display':5 'gandhi':1 'kwai':2 'mad':8 'must':15 'scientist':9 'secret':12 'thought':4
517	LESSON CLEOPATRA	A Emotional Display of a Man And a Explorer who must Build a Boy in A Manhattan Penthouse	2006	1	\N	3	0.99	167	28.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'boy':16 'build':14 'cleopatra':2 'display':5 'emot':4 'explor':11 'lesson':1 'man':8 'manhattan':19 'must':13 'penthous':20
663	PATIENT SISTER	A Emotional Epistle of a Squirrel And a Robot who must Confront a Lumberjack in Soviet Georgia	2006	1	\N	7	0.99	99	29.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries}	'confront':14 'emot':4 'epistl':5 'georgia':19 'lumberjack':16 'must':13 'patient':1 'robot':11 'sister':2 'soviet':18 'squirrel':8
285	ENGLISH BULWORTH	A Intrepid Epistle of a Pastry Chef And a Pastry Chef who must Pursue a Crocodile in Ancient China	2006	1	\N	3	0.99	51	18.99	PG-13	2006-02-15 05:03:42	{"Deleted Scenes"}	'ancient':20 'bulworth':2 'chef':9,13 'china':21 'crocodil':18 'english':1 'epistl':5 'intrepid':4 'must':15 'pastri':8,12 'pursu':16
629	NOTORIOUS REUNION	A Amazing Epistle of a Woman And a Squirrel who must Fight a Hunter in A Baloon	2006	1	\N	7	0.99	128	9.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'amaz':4 'baloon':19 'epistl':5 'fight':14 'hunter':16 'must':13 'notori':1 'reunion':2 'squirrel':11 'woman':8
226	DESTINY SATURDAY	A Touching Drama of a Crocodile And a Crocodile who must Conquer a Explorer in Soviet Georgia	2006	1	\N	4	4.99	56	20.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'conquer':14 'crocodil':8,11 'destini':1 'drama':5 'explor':16 'georgia':19 'must':13 'saturday':2 'soviet':18 'touch':4
889	TIES HUNGER	A Insightful Saga of a Astronaut And a Explorer who must Pursue a Mad Scientist in A U-Boat	2006	1	\N	3	4.99	111	28.99	R	2006-02-15 05:03:42	{"Deleted Scenes"}	'astronaut':8 'boat':22 'explor':11 'hunger':2 'insight':4 'mad':16 'must':13 'pursu':14 'saga':5 'scientist':17 'tie':1 'u':21 'u-boat':20
744	ROOTS REMEMBER	A Brilliant Drama of a Mad Cow And a Hunter who must Escape a Hunter in Berlin	2006	1	\N	4	0.99	89	23.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'berlin':19 'brilliant':4 'cow':9 'drama':5 'escap':15 'hunter':12,17 'mad':8 'must':14 'rememb':2 'root':1
983	WON DARES	A Unbelieveable Documentary of a Teacher And a Monkey who must Defeat a Explorer in A U-Boat	2006	1	\N	7	2.99	105	18.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'boat':21 'dare':2 'defeat':14 'documentari':5 'explor':16 'monkey':11 'must':13 'teacher':8 'u':20 'u-boat':19 'unbeliev':4 'won':1
764	SATURDAY LAMBS	A Thoughtful Reflection of a Mad Scientist And a Moose who must Kill a Husband in A Baloon	2006	1	\N	3	4.99	150	28.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'baloon':20 'husband':17 'kill':15 'lamb':2 'mad':8 'moos':12 'must':14 'reflect':5 'saturday':1 'scientist':9 'thought':4
321	FLASH WARS	A Astounding Saga of a Moose And a Pastry Chef who must Chase a Student in The Gulf of Mexico	2006	1	\N	3	4.99	123	21.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'astound':4 'chase':15 'chef':12 'flash':1 'gulf':20 'mexico':22 'moos':8 'must':14 'pastri':11 'saga':5 'student':17 'war':2
941	VIDEOTAPE ARSENIC	A Lacklusture Display of a Girl And a Astronaut who must Succumb a Student in Australia	2006	1	\N	4	4.99	145	10.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'arsenic':2 'astronaut':11 'australia':18 'display':5 'girl':8 'lacklustur':4 'must':13 'student':16 'succumb':14 'videotap':1
320	FLAMINGOS CONNECTICUT	A Fast-Paced Reflection of a Composer And a Composer who must Meet a Cat in The Sahara Desert	2006	1	\N	4	4.99	80	28.99	PG-13	2006-02-15 05:03:42	{Trailers}	'cat':18 'compos':10,13 'connecticut':2 'desert':22 'fast':5 'fast-pac':4 'flamingo':1 'meet':16 'must':15 'pace':6 'reflect':7 'sahara':21
908	TRAP GUYS	A Unbelieveable Story of a Boy And a Mad Cow who must Challenge a Database Administrator in The Sahara Desert	2006	1	\N	3	4.99	110	11.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'administr':18 'boy':8 'challeng':15 'cow':12 'databas':17 'desert':22 'guy':2 'mad':11 'must':14 'sahara':21 'stori':5 'trap':1 'unbeliev':4
483	JERICHO MULAN	A Amazing Yarn of a Hunter And a Butler who must Defeat a Boy in A Jet Boat	2006	1	\N	3	2.99	171	29.99	NC-17	2006-02-15 05:03:42	{Commentaries}	'amaz':4 'boat':20 'boy':16 'butler':11 'defeat':14 'hunter':8 'jericho':1 'jet':19 'mulan':2 'must':13 'yarn':5
819	SONG HEDWIG	A Amazing Documentary of a Man And a Husband who must Confront a Squirrel in A MySQL Convention	2006	1	\N	3	0.99	165	29.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'amaz':4 'confront':14 'convent':20 'documentari':5 'hedwig':2 'husband':11 'man':8 'must':13 'mysql':19 'song':1 'squirrel':16
552	MAJESTIC FLOATS	A Thrilling Character Study of a Moose And a Student who must Escape a Butler in The First Manned Space Station	2006	1	\N	5	0.99	130	15.99	PG	2006-02-15 05:03:42	{Trailers}	'butler':17 'charact':5 'escap':15 'first':20 'float':2 'majest':1 'man':21 'moos':9 'must':14 'space':22 'station':23 'student':12 'studi':6 'thrill':4
651	PACKER MADIGAN	A Epic Display of a Sumo Wrestler And a Forensic Psychologist who must Build a Woman in An Abandoned Amusement Park	2006	1	\N	3	0.99	84	20.99	PG-13	2006-02-15 05:03:42	{Trailers}	'abandon':21 'amus':22 'build':16 'display':5 'epic':4 'forens':12 'madigan':2 'must':15 'packer':1 'park':23 'psychologist':13 'sumo':8 'woman':18 'wrestler':9
765	SATURN NAME	A Fateful Epistle of a Butler And a Boy who must Redeem a Teacher in Berlin	2006	1	\N	7	4.99	182	18.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'berlin':18 'boy':11 'butler':8 'epistl':5 'fate':4 'must':13 'name':2 'redeem':14 'saturn':1 'teacher':16
897	TORQUE BOUND	A Emotional Display of a Crocodile And a Husband who must Reach a Man in Ancient Japan	2006	1	\N	3	4.99	179	27.99	G	2006-02-15 05:03:42	{Trailers,Commentaries}	'ancient':18 'bound':2 'crocodil':8 'display':5 'emot':4 'husband':11 'japan':19 'man':16 'must':13 'reach':14 'torqu':1
500	KISS GLORY	A Lacklusture Reflection of a Girl And a Husband who must Find a Robot in The Canadian Rockies	2006	1	\N	5	4.99	163	11.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'canadian':19 'find':14 'girl':8 'glori':2 'husband':11 'kiss':1 'lacklustur':4 'must':13 'reflect':5 'robot':16 'rocki':20
339	FROGMEN BREAKING	A Unbelieveable Yarn of a Mad Scientist And a Cat who must Chase a Lumberjack in Australia	2006	1	\N	5	0.99	111	17.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'australia':19 'break':2 'cat':12 'chase':15 'frogmen':1 'lumberjack':17 'mad':8 'must':14 'scientist':9 'unbeliev':4 'yarn':5
398	HANOVER GALAXY	A Stunning Reflection of a Girl And a Secret Agent who must Succumb a Boy in A MySQL Convention	2006	1	\N	5	4.99	47	21.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'agent':12 'boy':17 'convent':21 'galaxi':2 'girl':8 'hanov':1 'must':14 'mysql':20 'reflect':5 'secret':11 'stun':4 'succumb':15
792	SHREK LICENSE	A Fateful Yarn of a Secret Agent And a Feminist who must Find a Feminist in A Jet Boat	2006	1	\N	7	2.99	154	15.99	PG-13	2006-02-15 05:03:42	{Commentaries}	'agent':9 'boat':21 'fate':4 'feminist':12,17 'find':15 'jet':20 'licens':2 'must':14 'secret':8 'shrek':1 'yarn':5
438	HUMAN GRAFFITI	A Beautiful Reflection of a Womanizer And a Sumo Wrestler who must Chase a Database Administrator in The Gulf of Mexico	2006	1	\N	3	2.99	68	22.99	NC-17	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'administr':18 'beauti':4 'chase':15 'databas':17 'graffiti':2 'gulf':21 'human':1 'mexico':23 'must':14 'reflect':5 'sumo':11 'woman':8 'wrestler':12
140	CHEAPER CLYDE	A Emotional Character Study of a Pioneer And a Girl who must Discover a Dog in Ancient Japan	2006	1	\N	6	0.99	87	23.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'ancient':19 'charact':5 'cheaper':1 'clyde':2 'discov':15 'dog':17 'emot':4 'girl':12 'japan':20 'must':14 'pioneer':9 'studi':6
845	STEPMOM DREAM	A Touching Epistle of a Crocodile And a Teacher who must Build a Forensic Psychologist in A MySQL Convention	2006	1	\N	7	4.99	48	9.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'build':14 'convent':21 'crocodil':8 'dream':2 'epistl':5 'forens':16 'must':13 'mysql':20 'psychologist':17 'stepmom':1 'teacher':11 'touch':4
98	BRIGHT ENCOUNTERS	A Fateful Yarn of a Lumberjack And a Feminist who must Conquer a Student in A Jet Boat	2006	1	\N	4	4.99	73	12.99	PG-13	2006-02-15 05:03:42	{Trailers}	'boat':20 'bright':1 'conquer':14 'encount':2 'fate':4 'feminist':11 'jet':19 'lumberjack':8 'must':13 'student':16 'yarn':5
102	BUBBLE GROSSE	A Awe-Inspiring Panorama of a Crocodile And a Moose who must Confront a Girl in A Baloon	2006	1	\N	4	4.99	60	20.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'awe':5 'awe-inspir':4 'baloon':21 'bubbl':1 'confront':16 'crocodil':10 'girl':18 'gross':2 'inspir':6 'moos':13 'must':15 'panorama':7
419	HOCUS FRIDA	A Awe-Inspiring Tale of a Girl And a Madman who must Outgun a Student in A Shark Tank	2006	1	\N	4	2.99	141	19.99	G	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'awe':5 'awe-inspir':4 'frida':2 'girl':10 'hocus':1 'inspir':6 'madman':13 'must':15 'outgun':16 'shark':21 'student':18 'tale':7 'tank':22
812	SMOKING BARBARELLA	A Lacklusture Saga of a Mad Cow And a Mad Scientist who must Sink a Cat in A MySQL Convention	2006	1	\N	7	0.99	50	13.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'barbarella':2 'cat':18 'convent':22 'cow':9 'lacklustur':4 'mad':8,12 'must':15 'mysql':21 'saga':5 'scientist':13 'sink':16 'smoke':1
49	BADMAN DAWN	A Emotional Panorama of a Pioneer And a Composer who must Escape a Mad Scientist in A Jet Boat	2006	1	\N	6	2.99	162	22.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'badman':1 'boat':21 'compos':11 'dawn':2 'emot':4 'escap':14 'jet':20 'mad':16 'must':13 'panorama':5 'pioneer':8 'scientist':17
336	FRENCH HOLIDAY	A Thrilling Epistle of a Dog And a Feminist who must Kill a Madman in Berlin	2006	1	\N	5	4.99	99	22.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'berlin':18 'dog':8 'epistl':5 'feminist':11 'french':1 'holiday':2 'kill':14 'madman':16 'must':13 'thrill':4
750	RUN PACIFIC	A Touching Tale of a Cat And a Pastry Chef who must Conquer a Pastry Chef in A MySQL Convention	2006	1	\N	3	0.99	145	25.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'cat':8 'chef':12,18 'conquer':15 'convent':22 'must':14 'mysql':21 'pacif':2 'pastri':11,17 'run':1 'tale':5 'touch':4
232	DIRTY ACE	A Action-Packed Character Study of a Forensic Psychologist And a Girl who must Build a Dentist in The Outback	2006	1	\N	7	2.99	147	29.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'ace':2 'action':5 'action-pack':4 'build':18 'charact':7 'dentist':20 'dirti':1 'forens':11 'girl':15 'must':17 'outback':23 'pack':6 'psychologist':12 'studi':8
11	ALAMO VIDEOTAPE	A Boring Epistle of a Butler And a Cat who must Fight a Pastry Chef in A MySQL Convention	2006	1	\N	6	0.99	126	16.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'alamo':1 'bore':4 'butler':8 'cat':11 'chef':17 'convent':21 'epistl':5 'fight':14 'must':13 'mysql':20 'pastri':16 'videotap':2
692	POTLUCK MIXED	A Beautiful Story of a Dog And a Technical Writer who must Outgun a Student in A Baloon	2006	1	\N	3	2.99	179	10.99	G	2006-02-15 05:03:42	{"Behind the Scenes"}	'baloon':20 'beauti':4 'dog':8 'mix':2 'must':14 'outgun':15 'potluck':1 'stori':5 'student':17 'technic':11 'writer':12
555	MALLRATS UNITED	A Thrilling Yarn of a Waitress And a Dentist who must Find a Hunter in A Monastery	2006	1	\N	4	0.99	133	25.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'dentist':11 'find':14 'hunter':16 'mallrat':1 'monasteri':19 'must':13 'thrill':4 'unit':2 'waitress':8 'yarn':5
787	SHINING ROSES	A Awe-Inspiring Character Study of a Astronaut And a Forensic Psychologist who must Challenge a Madman in Ancient India	2006	1	\N	4	0.99	125	12.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'ancient':22 'astronaut':11 'awe':5 'awe-inspir':4 'challeng':18 'charact':7 'forens':14 'india':23 'inspir':6 'madman':20 'must':17 'psychologist':15 'rose':2 'shine':1 'studi':8
429	HONEY TIES	A Taut Story of a Waitress And a Crocodile who must Outrace a Lumberjack in A Shark Tank	2006	1	\N	3	0.99	84	29.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'crocodil':11 'honey':1 'lumberjack':16 'must':13 'outrac':14 'shark':19 'stori':5 'tank':20 'taut':4 'tie':2 'waitress':8
510	LAWLESS VISION	A Insightful Yarn of a Boy And a Sumo Wrestler who must Outgun a Car in The Outback	2006	1	\N	6	4.99	181	29.99	G	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'boy':8 'car':17 'insight':4 'lawless':1 'must':14 'outback':20 'outgun':15 'sumo':11 'vision':2 'wrestler':12 'yarn':5
820	SONS INTERVIEW	A Taut Character Study of a Explorer And a Mad Cow who must Battle a Hunter in Ancient China	2006	1	\N	3	2.99	184	11.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'ancient':20 'battl':16 'charact':5 'china':21 'cow':13 'explor':9 'hunter':18 'interview':2 'mad':12 'must':15 'son':1 'studi':6 'taut':4
233	DISCIPLE MOTHER	A Touching Reflection of a Mad Scientist And a Boat who must Face a Moose in A Shark Tank	2006	1	\N	3	0.99	141	17.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'boat':12 'discipl':1 'face':15 'mad':8 'moos':17 'mother':2 'must':14 'reflect':5 'scientist':9 'shark':20 'tank':21 'touch':4
414	HELLFIGHTERS SIERRA	A Taut Reflection of a A Shark And a Dentist who must Battle a Boat in Soviet Georgia	2006	1	\N	3	2.99	75	23.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'battl':15 'boat':17 'dentist':12 'georgia':20 'hellfight':1 'must':14 'reflect':5 'shark':9 'sierra':2 'soviet':19 'taut':4
359	GLADIATOR WESTWARD	A Astounding Reflection of a Squirrel And a Sumo Wrestler who must Sink a Dentist in Ancient Japan	2006	1	\N	6	4.99	173	20.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'ancient':19 'astound':4 'dentist':17 'gladiat':1 'japan':20 'must':14 'reflect':5 'sink':15 'squirrel':8 'sumo':11 'westward':2 'wrestler':12
936	VANISHING ROCKY	A Brilliant Reflection of a Man And a Woman who must Conquer a Pioneer in A MySQL Convention	2006	1	\N	3	2.99	123	21.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'brilliant':4 'conquer':14 'convent':20 'man':8 'must':13 'mysql':19 'pioneer':16 'reflect':5 'rocki':2 'vanish':1 'woman':11
78	BLACKOUT PRIVATE	A Intrepid Yarn of a Pastry Chef And a Mad Scientist who must Challenge a Secret Agent in Ancient Japan	2006	1	\N	7	2.99	85	12.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'agent':19 'ancient':21 'blackout':1 'challeng':16 'chef':9 'intrepid':4 'japan':22 'mad':12 'must':15 'pastri':8 'privat':2 'scientist':13 'secret':18 'yarn':5
64	BEETHOVEN EXORCIST	A Epic Display of a Pioneer And a Student who must Challenge a Butler in The Gulf of Mexico	2006	1	\N	6	0.99	151	26.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'beethoven':1 'butler':16 'challeng':14 'display':5 'epic':4 'exorcist':2 'gulf':19 'mexico':21 'must':13 'pioneer':8 'student':11
645	OTHERS SOUP	A Lacklusture Documentary of a Mad Cow And a Madman who must Sink a Moose in The Gulf of Mexico	2006	1	\N	7	2.99	118	18.99	PG	2006-02-15 05:03:42	{"Deleted Scenes"}	'cow':9 'documentari':5 'gulf':20 'lacklustur':4 'mad':8 'madman':12 'mexico':22 'moos':17 'must':14 'other':1 'sink':15 'soup':2
566	MAUDE MOD	A Beautiful Documentary of a Forensic Psychologist And a Cat who must Reach a Astronaut in Nigeria	2006	1	\N	6	0.99	72	20.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'astronaut':17 'beauti':4 'cat':12 'documentari':5 'forens':8 'maud':1 'mod':2 'must':14 'nigeria':19 'psychologist':9 'reach':15
554	MALKOVICH PET	A Intrepid Reflection of a Waitress And a A Shark who must Kill a Squirrel in The Outback	2006	1	\N	6	2.99	159	22.99	G	2006-02-15 05:03:42	{"Behind the Scenes"}	'intrepid':4 'kill':15 'malkovich':1 'must':14 'outback':20 'pet':2 'reflect':5 'shark':12 'squirrel':17 'waitress':8
277	ELEPHANT TROJAN	A Beautiful Panorama of a Lumberjack And a Forensic Psychologist who must Overcome a Frisbee in A Baloon	2006	1	\N	4	4.99	126	24.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'baloon':20 'beauti':4 'eleph':1 'forens':11 'frisbe':17 'lumberjack':8 'must':14 'overcom':15 'panorama':5 'psychologist':12 'trojan':2
809	SLIPPER FIDELITY	A Taut Reflection of a Secret Agent And a Man who must Redeem a Explorer in A MySQL Convention	2006	1	\N	5	0.99	156	14.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'agent':9 'convent':21 'explor':17 'fidel':2 'man':12 'must':14 'mysql':20 'redeem':15 'reflect':5 'secret':8 'slipper':1 'taut':4
833	SPLENDOR PATTON	A Taut Story of a Dog And a Explorer who must Find a Astronaut in Berlin	2006	1	\N	5	0.99	134	20.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'astronaut':16 'berlin':18 'dog':8 'explor':11 'find':14 'must':13 'patton':2 'splendor':1 'stori':5 'taut':4
604	MULAN MOON	A Emotional Saga of a Womanizer And a Pioneer who must Overcome a Dentist in A Baloon	2006	1	\N	4	0.99	160	10.99	G	2006-02-15 05:03:42	{"Behind the Scenes"}	'baloon':19 'dentist':16 'emot':4 'moon':2 'mulan':1 'must':13 'overcom':14 'pioneer':11 'saga':5 'woman':8
340	FRONTIER CABIN	A Emotional Story of a Madman And a Waitress who must Battle a Teacher in An Abandoned Fun House	2006	1	\N	6	4.99	183	14.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'abandon':19 'battl':14 'cabin':2 'emot':4 'frontier':1 'fun':20 'hous':21 'madman':8 'must':13 'stori':5 'teacher':16 'waitress':11
107	BUNCH MINDS	A Emotional Story of a Feminist And a Feminist who must Escape a Pastry Chef in A MySQL Convention	2006	1	\N	4	2.99	63	13.99	G	2006-02-15 05:03:42	{"Behind the Scenes"}	'bunch':1 'chef':17 'convent':21 'emot':4 'escap':14 'feminist':8,11 'mind':2 'must':13 'mysql':20 'pastri':16 'stori':5
41	ARSENIC INDEPENDENCE	A Fanciful Documentary of a Mad Cow And a Womanizer who must Find a Dentist in Berlin	2006	1	\N	4	0.99	137	17.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'arsenic':1 'berlin':19 'cow':9 'dentist':17 'documentari':5 'fanci':4 'find':15 'independ':2 'mad':8 'must':14 'woman':12
351	GASLIGHT CRUSADE	A Amazing Epistle of a Boy And a Astronaut who must Redeem a Man in The Gulf of Mexico	2006	1	\N	4	2.99	106	10.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'amaz':4 'astronaut':11 'boy':8 'crusad':2 'epistl':5 'gaslight':1 'gulf':19 'man':16 'mexico':21 'must':13 'redeem':14
418	HOBBIT ALIEN	A Emotional Drama of a Husband And a Girl who must Outgun a Composer in The First Manned Space Station	2006	1	\N	5	0.99	157	27.99	PG-13	2006-02-15 05:03:42	{Commentaries}	'alien':2 'compos':16 'drama':5 'emot':4 'first':19 'girl':11 'hobbit':1 'husband':8 'man':20 'must':13 'outgun':14 'space':21 'station':22
540	LUCKY FLYING	A Lacklusture Character Study of a A Shark And a Man who must Find a Forensic Psychologist in A U-Boat	2006	1	\N	7	2.99	97	10.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'boat':24 'charact':5 'find':16 'fli':2 'forens':18 'lacklustur':4 'lucki':1 'man':13 'must':15 'psychologist':19 'shark':10 'studi':6 'u':23 'u-boat':22
630	NOTTING SPEAKEASY	A Thoughtful Display of a Butler And a Womanizer who must Find a Waitress in The Canadian Rockies	2006	1	\N	7	0.99	48	19.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'butler':8 'canadian':19 'display':5 'find':14 'must':13 'not':1 'rocki':20 'speakeasi':2 'thought':4 'waitress':16 'woman':11
385	GROUNDHOG UNCUT	A Brilliant Panorama of a Astronaut And a Technical Writer who must Discover a Butler in A Manhattan Penthouse	2006	1	\N	6	4.99	139	26.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'astronaut':8 'brilliant':4 'butler':17 'discov':15 'groundhog':1 'manhattan':20 'must':14 'panorama':5 'penthous':21 'technic':11 'uncut':2 'writer':12
421	HOLIDAY GAMES	A Insightful Reflection of a Waitress And a Madman who must Pursue a Boy in Ancient Japan	2006	1	\N	7	4.99	78	10.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'ancient':18 'boy':16 'game':2 'holiday':1 'insight':4 'japan':19 'madman':11 'must':13 'pursu':14 'reflect':5 'waitress':8
328	FOREVER CANDIDATE	A Unbelieveable Panorama of a Technical Writer And a Man who must Pursue a Frisbee in A U-Boat	2006	1	\N	7	2.99	131	28.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'boat':22 'candid':2 'forev':1 'frisbe':17 'man':12 'must':14 'panorama':5 'pursu':15 'technic':8 'u':21 'u-boat':20 'unbeliev':4 'writer':9
797	SILENCE KANE	A Emotional Drama of a Sumo Wrestler And a Dentist who must Confront a Sumo Wrestler in A Baloon	2006	1	\N	7	0.99	67	23.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'baloon':21 'confront':15 'dentist':12 'drama':5 'emot':4 'kane':2 'must':14 'silenc':1 'sumo':8,17 'wrestler':9,18
532	LOSER HUSTLER	A Stunning Drama of a Robot And a Feminist who must Outgun a Butler in Nigeria	2006	1	\N	5	4.99	80	28.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'butler':16 'drama':5 'feminist':11 'hustler':2 'loser':1 'must':13 'nigeria':18 'outgun':14 'robot':8 'stun':4
526	LOCK REAR	A Thoughtful Character Study of a Squirrel And a Technical Writer who must Outrace a Student in Ancient Japan	2006	1	\N	7	2.99	120	10.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'ancient':20 'charact':5 'japan':21 'lock':1 'must':15 'outrac':16 'rear':2 'squirrel':9 'student':18 'studi':6 'technic':12 'thought':4 'writer':13
595	MOON BUNCH	A Beautiful Tale of a Astronaut And a Mad Cow who must Challenge a Cat in A Baloon Factory	2006	1	\N	7	0.99	83	20.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'astronaut':8 'baloon':20 'beauti':4 'bunch':2 'cat':17 'challeng':15 'cow':12 'factori':21 'mad':11 'moon':1 'must':14 'tale':5
636	OLEANDER CLUE	A Boring Story of a Teacher And a Monkey who must Succumb a Forensic Psychologist in A Jet Boat	2006	1	\N	5	0.99	161	12.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'boat':21 'bore':4 'clue':2 'forens':16 'jet':20 'monkey':11 'must':13 'oleand':1 'psychologist':17 'stori':5 'succumb':14 'teacher':8
152	CIRCUS YOUTH	A Thoughtful Drama of a Pastry Chef And a Dentist who must Pursue a Girl in A Baloon	2006	1	\N	5	2.99	90	13.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'baloon':20 'chef':9 'circus':1 'dentist':12 'drama':5 'girl':17 'must':14 'pastri':8 'pursu':15 'thought':4 'youth':2
622	NEWSIES STORY	A Action-Packed Character Study of a Dog And a Lumberjack who must Outrace a Moose in The Gulf of Mexico	2006	1	\N	4	0.99	159	25.99	G	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'action':5 'action-pack':4 'charact':7 'dog':11 'gulf':22 'lumberjack':14 'mexico':24 'moos':19 'must':16 'newsi':1 'outrac':17 'pack':6 'stori':2 'studi':8
525	LOATHING LEGALLY	A Boring Epistle of a Pioneer And a Mad Scientist who must Escape a Frisbee in The Gulf of Mexico	2006	1	\N	4	0.99	140	29.99	R	2006-02-15 05:03:42	{"Deleted Scenes"}	'bore':4 'epistl':5 'escap':15 'frisbe':17 'gulf':20 'legal':2 'loath':1 'mad':11 'mexico':22 'must':14 'pioneer':8 'scientist':12
775	SEATTLE EXPECATIONS	A Insightful Reflection of a Crocodile And a Sumo Wrestler who must Meet a Technical Writer in The Sahara Desert	2006	1	\N	4	4.99	110	18.99	PG-13	2006-02-15 05:03:42	{Trailers}	'crocodil':8 'desert':22 'expec':2 'insight':4 'meet':15 'must':14 'reflect':5 'sahara':21 'seattl':1 'sumo':11 'technic':17 'wrestler':12 'writer':18
680	PINOCCHIO SIMON	A Action-Packed Reflection of a Mad Scientist And a A Shark who must Find a Feminist in California	2006	1	\N	4	4.99	103	21.99	PG	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'california':22 'feminist':20 'find':18 'mad':10 'must':17 'pack':6 'pinocchio':1 'reflect':7 'scientist':11 'shark':15 'simon':2
668	PEAK FOREVER	A Insightful Reflection of a Boat And a Secret Agent who must Vanquish a Astronaut in An Abandoned Mine Shaft	2006	1	\N	7	4.99	80	25.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':20 'agent':12 'astronaut':17 'boat':8 'forev':2 'insight':4 'mine':21 'must':14 'peak':1 'reflect':5 'secret':11 'shaft':22 'vanquish':15
627	NORTH TEQUILA	A Beautiful Character Study of a Mad Cow And a Robot who must Reach a Womanizer in New Orleans	2006	1	\N	4	4.99	67	9.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'beauti':4 'charact':5 'cow':10 'mad':9 'must':15 'new':20 'north':1 'orlean':21 'reach':16 'robot':13 'studi':6 'tequila':2 'woman':18
715	RANGE MOONWALKER	A Insightful Documentary of a Hunter And a Dentist who must Confront a Crocodile in A Baloon	2006	1	\N	3	4.99	147	25.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'baloon':19 'confront':14 'crocodil':16 'dentist':11 'documentari':5 'hunter':8 'insight':4 'moonwalk':2 'must':13 'rang':1
550	MAGUIRE APACHE	A Fast-Paced Reflection of a Waitress And a Hunter who must Defeat a Forensic Psychologist in A Baloon	2006	1	\N	6	2.99	74	22.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries}	'apach':2 'baloon':22 'defeat':16 'fast':5 'fast-pac':4 'forens':18 'hunter':13 'maguir':1 'must':15 'pace':6 'psychologist':19 'reflect':7 'waitress':10
578	MILLION ACE	A Brilliant Documentary of a Womanizer And a Squirrel who must Find a Technical Writer in The Sahara Desert	2006	1	\N	4	4.99	142	16.99	PG-13	2006-02-15 05:03:42	{"Deleted Scenes"}	'ace':2 'brilliant':4 'desert':21 'documentari':5 'find':14 'million':1 'must':13 'sahara':20 'squirrel':11 'technic':16 'woman':8 'writer':17
635	OKLAHOMA JUMANJI	A Thoughtful Drama of a Dentist And a Womanizer who must Meet a Husband in The Sahara Desert	2006	1	\N	7	0.99	58	15.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'dentist':8 'desert':20 'drama':5 'husband':16 'jumanji':2 'meet':14 'must':13 'oklahoma':1 'sahara':19 'thought':4 'woman':11
870	SWARM GOLD	A Insightful Panorama of a Crocodile And a Boat who must Conquer a Sumo Wrestler in A MySQL Convention	2006	1	\N	4	0.99	123	12.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'boat':11 'conquer':14 'convent':21 'crocodil':8 'gold':2 'insight':4 'must':13 'mysql':20 'panorama':5 'sumo':16 'swarm':1 'wrestler':17
952	WAGON JAWS	A Intrepid Drama of a Moose And a Boat who must Kill a Explorer in A Manhattan Penthouse	2006	1	\N	7	2.99	152	17.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'boat':11 'drama':5 'explor':16 'intrepid':4 'jaw':2 'kill':14 'manhattan':19 'moos':8 'must':13 'penthous':20 'wagon':1
869	SUSPECTS QUILLS	A Emotional Epistle of a Pioneer And a Crocodile who must Battle a Man in A Manhattan Penthouse	2006	1	\N	4	2.99	47	22.99	PG	2006-02-15 05:03:42	{Trailers}	'battl':14 'crocodil':11 'emot':4 'epistl':5 'man':16 'manhattan':19 'must':13 'penthous':20 'pioneer':8 'quill':2 'suspect':1
895	TOMORROW HUSTLER	A Thoughtful Story of a Moose And a Husband who must Face a Secret Agent in The Sahara Desert	2006	1	\N	3	2.99	142	21.99	R	2006-02-15 05:03:42	{Commentaries}	'agent':17 'desert':21 'face':14 'husband':11 'hustler':2 'moos':8 'must':13 'sahara':20 'secret':16 'stori':5 'thought':4 'tomorrow':1
470	ISHTAR ROCKETEER	A Astounding Saga of a Dog And a Squirrel who must Conquer a Dog in An Abandoned Fun House	2006	1	\N	4	4.99	79	24.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'abandon':19 'astound':4 'conquer':14 'dog':8,16 'fun':20 'hous':21 'ishtar':1 'must':13 'rocket':2 'saga':5 'squirrel':11
265	DYING MAKER	A Intrepid Tale of a Boat And a Monkey who must Kill a Cat in California	2006	1	\N	5	4.99	168	28.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'boat':8 'california':18 'cat':16 'die':1 'intrepid':4 'kill':14 'maker':2 'monkey':11 'must':13 'tale':5
29	ANTITRUST TOMATOES	A Fateful Yarn of a Womanizer And a Feminist who must Succumb a Database Administrator in Ancient India	2006	1	\N	5	2.99	168	11.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'administr':17 'ancient':19 'antitrust':1 'databas':16 'fate':4 'feminist':11 'india':20 'must':13 'succumb':14 'tomato':2 'woman':8 'yarn':5
969	WEST LION	A Intrepid Drama of a Butler And a Lumberjack who must Challenge a Database Administrator in A Manhattan Penthouse	2006	1	\N	4	4.99	159	29.99	G	2006-02-15 05:03:42	{Trailers}	'administr':17 'butler':8 'challeng':14 'databas':16 'drama':5 'intrepid':4 'lion':2 'lumberjack':11 'manhattan':20 'must':13 'penthous':21 'west':1
123	CASABLANCA SUPER	A Amazing Panorama of a Crocodile And a Forensic Psychologist who must Pursue a Secret Agent in The First Manned Space Station	2006	1	\N	6	4.99	85	22.99	G	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'agent':18 'amaz':4 'casablanca':1 'crocodil':8 'first':21 'forens':11 'man':22 'must':14 'panorama':5 'psychologist':12 'pursu':15 'secret':17 'space':23 'station':24 'super':2
646	OUTBREAK DIVINE	A Unbelieveable Yarn of a Database Administrator And a Woman who must Succumb a A Shark in A U-Boat	2006	1	\N	6	0.99	169	12.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'administr':9 'boat':23 'databas':8 'divin':2 'must':14 'outbreak':1 'shark':18 'succumb':15 'u':22 'u-boat':21 'unbeliev':4 'woman':12 'yarn':5
905	TRAINSPOTTING STRANGERS	A Fast-Paced Drama of a Pioneer And a Mad Cow who must Challenge a Madman in Ancient Japan	2006	1	\N	7	4.99	132	10.99	PG-13	2006-02-15 05:03:42	{Trailers}	'ancient':21 'challeng':17 'cow':14 'drama':7 'fast':5 'fast-pac':4 'japan':22 'mad':13 'madman':19 'must':16 'pace':6 'pioneer':10 'stranger':2 'trainspot':1
721	REDS POCUS	A Lacklusture Yarn of a Sumo Wrestler And a Squirrel who must Redeem a Monkey in Soviet Georgia	2006	1	\N	7	4.99	182	23.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'georgia':20 'lacklustur':4 'monkey':17 'must':14 'pocus':2 'red':1 'redeem':15 'soviet':19 'squirrel':12 'sumo':8 'wrestler':9 'yarn':5
458	INDIAN LOVE	A Insightful Saga of a Mad Scientist And a Mad Scientist who must Kill a Astronaut in An Abandoned Fun House	2006	1	\N	4	0.99	135	26.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':21 'astronaut':18 'fun':22 'hous':23 'indian':1 'insight':4 'kill':16 'love':2 'mad':8,12 'must':15 'saga':5 'scientist':9,13
776	SECRET GROUNDHOG	A Astounding Story of a Cat And a Database Administrator who must Build a Technical Writer in New Orleans	2006	1	\N	6	4.99	90	11.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'administr':12 'astound':4 'build':15 'cat':8 'databas':11 'groundhog':2 'must':14 'new':20 'orlean':21 'secret':1 'stori':5 'technic':17 'writer':18
303	FANTASY TROOPERS	A Touching Saga of a Teacher And a Monkey who must Overcome a Secret Agent in A MySQL Convention	2006	1	\N	6	0.99	58	27.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'agent':17 'convent':21 'fantasi':1 'monkey':11 'must':13 'mysql':20 'overcom':14 'saga':5 'secret':16 'teacher':8 'touch':4 'trooper':2
178	CONNECTION MICROCOSMOS	A Fateful Documentary of a Crocodile And a Husband who must Face a Husband in The First Manned Space Station	2006	1	\N	6	0.99	115	25.99	G	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'connect':1 'crocodil':8 'documentari':5 'face':14 'fate':4 'first':19 'husband':11,16 'man':20 'microcosmo':2 'must':13 'space':21 'station':22
567	MEET CHOCOLATE	A Boring Documentary of a Dentist And a Butler who must Confront a Monkey in A MySQL Convention	2006	1	\N	3	2.99	80	26.99	G	2006-02-15 05:03:42	{Trailers}	'bore':4 'butler':11 'chocol':2 'confront':14 'convent':20 'dentist':8 'documentari':5 'meet':1 'monkey':16 'must':13 'mysql':19
463	INSTINCT AIRPORT	A Touching Documentary of a Mad Cow And a Explorer who must Confront a Butler in A Manhattan Penthouse	2006	1	\N	4	2.99	116	21.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'airport':2 'butler':17 'confront':15 'cow':9 'documentari':5 'explor':12 'instinct':1 'mad':8 'manhattan':20 'must':14 'penthous':21 'touch':4
867	SUPER WYOMING	A Action-Packed Saga of a Pastry Chef And a Explorer who must Discover a A Shark in The Outback	2006	1	\N	5	4.99	58	10.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'chef':11 'discov':17 'explor':14 'must':16 'outback':23 'pack':6 'pastri':10 'saga':7 'shark':20 'super':1 'wyom':2
89	BORROWERS BEDAZZLED	A Brilliant Epistle of a Teacher And a Sumo Wrestler who must Defeat a Man in An Abandoned Fun House	2006	1	\N	7	0.99	63	22.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':20 'bedazzl':2 'borrow':1 'brilliant':4 'defeat':15 'epistl':5 'fun':21 'hous':22 'man':17 'must':14 'sumo':11 'teacher':8 'wrestler':12
451	IGBY MAKER	A Epic Documentary of a Hunter And a Dog who must Outgun a Dog in A Baloon Factory	2006	1	\N	7	4.99	160	12.99	NC-17	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'baloon':19 'documentari':5 'dog':11,16 'epic':4 'factori':20 'hunter':8 'igbi':1 'maker':2 'must':13 'outgun':14
965	WATERSHIP FRONTIER	A Emotional Yarn of a Boat And a Crocodile who must Meet a Moose in Soviet Georgia	2006	1	\N	6	0.99	112	28.99	G	2006-02-15 05:03:42	{Commentaries}	'boat':8 'crocodil':11 'emot':4 'frontier':2 'georgia':19 'meet':14 'moos':16 'must':13 'soviet':18 'watership':1 'yarn':5
365	GOLD RIVER	A Taut Documentary of a Database Administrator And a Waitress who must Reach a Mad Scientist in A Baloon Factory	2006	1	\N	4	4.99	154	21.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'administr':9 'baloon':21 'databas':8 'documentari':5 'factori':22 'gold':1 'mad':17 'must':14 'reach':15 'river':2 'scientist':18 'taut':4 'waitress':12
136	CHAPLIN LICENSE	A Boring Drama of a Dog And a Forensic Psychologist who must Outrace a Explorer in Ancient India	2006	1	\N	7	2.99	146	26.99	NC-17	2006-02-15 05:03:42	{"Behind the Scenes"}	'ancient':19 'bore':4 'chaplin':1 'dog':8 'drama':5 'explor':17 'forens':11 'india':20 'licens':2 'must':14 'outrac':15 'psychologist':12
771	SCORPION APOLLO	A Awe-Inspiring Documentary of a Technical Writer And a Husband who must Meet a Monkey in An Abandoned Fun House	2006	1	\N	3	4.99	137	23.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'abandon':22 'apollo':2 'awe':5 'awe-inspir':4 'documentari':7 'fun':23 'hous':24 'husband':14 'inspir':6 'meet':17 'monkey':19 'must':16 'scorpion':1 'technic':10 'writer':11
224	DESPERATE TRAINSPOTTING	A Epic Yarn of a Forensic Psychologist And a Teacher who must Face a Lumberjack in California	2006	1	\N	7	4.99	81	29.99	G	2006-02-15 05:03:42	{"Deleted Scenes"}	'california':19 'desper':1 'epic':4 'face':15 'forens':8 'lumberjack':17 'must':14 'psychologist':9 'teacher':12 'trainspot':2 'yarn':5
307	FELLOWSHIP AUTUMN	A Lacklusture Reflection of a Dentist And a Hunter who must Meet a Teacher in A Baloon	2006	1	\N	6	4.99	77	9.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'autumn':2 'baloon':19 'dentist':8 'fellowship':1 'hunter':11 'lacklustur':4 'meet':14 'must':13 'reflect':5 'teacher':16
427	HOMEWARD CIDER	A Taut Reflection of a Astronaut And a Squirrel who must Fight a Squirrel in A Manhattan Penthouse	2006	1	\N	5	0.99	103	19.99	R	2006-02-15 05:03:42	{Trailers}	'astronaut':8 'cider':2 'fight':14 'homeward':1 'manhattan':19 'must':13 'penthous':20 'reflect':5 'squirrel':11,16 'taut':4
242	DOOM DANCING	A Astounding Panorama of a Car And a Mad Scientist who must Battle a Lumberjack in A MySQL Convention	2006	1	\N	4	0.99	68	13.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'astound':4 'battl':15 'car':8 'convent':21 'danc':2 'doom':1 'lumberjack':17 'mad':11 'must':14 'mysql':20 'panorama':5 'scientist':12
625	NONE SPIKING	A Boring Reflection of a Secret Agent And a Astronaut who must Face a Composer in A Manhattan Penthouse	2006	1	\N	3	0.99	83	18.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries}	'agent':9 'astronaut':12 'bore':4 'compos':17 'face':15 'manhattan':20 'must':14 'none':1 'penthous':21 'reflect':5 'secret':8 'spike':2
432	HOPE TOOTSIE	A Amazing Documentary of a Student And a Sumo Wrestler who must Outgun a A Shark in A Shark Tank	2006	1	\N	4	2.99	139	22.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'amaz':4 'documentari':5 'hope':1 'must':14 'outgun':15 'shark':18,21 'student':8 'sumo':11 'tank':22 'tootsi':2 'wrestler':12
148	CHOCOLATE DUCK	A Unbelieveable Story of a Mad Scientist And a Technical Writer who must Discover a Composer in Ancient China	2006	1	\N	3	2.99	132	13.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'ancient':20 'china':21 'chocol':1 'compos':18 'discov':16 'duck':2 'mad':8 'must':15 'scientist':9 'stori':5 'technic':12 'unbeliev':4 'writer':13
283	ENDING CROWDS	A Unbelieveable Display of a Dentist And a Madman who must Vanquish a Squirrel in Berlin	2006	1	\N	6	0.99	85	10.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'berlin':18 'crowd':2 'dentist':8 'display':5 'end':1 'madman':11 'must':13 'squirrel':16 'unbeliev':4 'vanquish':14
598	MOSQUITO ARMAGEDDON	A Thoughtful Character Study of a Waitress And a Feminist who must Build a Teacher in Ancient Japan	2006	1	\N	6	0.99	57	22.99	G	2006-02-15 05:03:42	{Trailers}	'ancient':19 'armageddon':2 'build':15 'charact':5 'feminist':12 'japan':20 'mosquito':1 'must':14 'studi':6 'teacher':17 'thought':4 'waitress':9
397	HANKY OCTOBER	A Boring Epistle of a Database Administrator And a Explorer who must Pursue a Madman in Soviet Georgia	2006	1	\N	5	2.99	107	26.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'administr':9 'bore':4 'databas':8 'epistl':5 'explor':12 'georgia':20 'hanki':1 'madman':17 'must':14 'octob':2 'pursu':15 'soviet':19
647	OUTFIELD MASSACRE	A Thoughtful Drama of a Husband And a Secret Agent who must Pursue a Database Administrator in Ancient India	2006	1	\N	4	0.99	129	18.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'administr':18 'agent':12 'ancient':20 'databas':17 'drama':5 'husband':8 'india':21 'massacr':2 'must':14 'outfield':1 'pursu':15 'secret':11 'thought':4
959	WARLOCK WEREWOLF	A Astounding Yarn of a Pioneer And a Crocodile who must Defeat a A Shark in The Outback	2006	1	\N	6	2.99	83	10.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'astound':4 'crocodil':11 'defeat':14 'must':13 'outback':20 'pioneer':8 'shark':17 'warlock':1 'werewolf':2 'yarn':5
991	WORST BANGER	A Thrilling Drama of a Madman And a Dentist who must Conquer a Boy in The Outback	2006	1	\N	4	2.99	185	26.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'banger':2 'boy':16 'conquer':14 'dentist':11 'drama':5 'madman':8 'must':13 'outback':19 'thrill':4 'worst':1
318	FIREHOUSE VIETNAM	A Awe-Inspiring Character Study of a Boat And a Boy who must Kill a Pastry Chef in The Sahara Desert	2006	1	\N	7	0.99	103	14.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'awe':5 'awe-inspir':4 'boat':11 'boy':14 'charact':7 'chef':20 'desert':24 'firehous':1 'inspir':6 'kill':17 'must':16 'pastri':19 'sahara':23 'studi':8 'vietnam':2
171	COMMANDMENTS EXPRESS	A Fanciful Saga of a Student And a Mad Scientist who must Battle a Hunter in An Abandoned Mine Shaft	2006	1	\N	6	4.99	59	13.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'abandon':20 'battl':15 'command':1 'express':2 'fanci':4 'hunter':17 'mad':11 'mine':21 'must':14 'saga':5 'scientist':12 'shaft':22 'student':8
799	SIMON NORTH	A Thrilling Documentary of a Technical Writer And a A Shark who must Face a Pioneer in A Shark Tank	2006	1	\N	3	0.99	51	26.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries}	'documentari':5 'face':16 'must':15 'north':2 'pioneer':18 'shark':13,21 'simon':1 'tank':22 'technic':8 'thrill':4 'writer':9
268	EARLY HOME	A Amazing Panorama of a Mad Scientist And a Husband who must Meet a Woman in The Outback	2006	1	\N	6	4.99	96	27.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'amaz':4 'earli':1 'home':2 'husband':12 'mad':8 'meet':15 'must':14 'outback':20 'panorama':5 'scientist':9 'woman':17
876	TARZAN VIDEOTAPE	A Fast-Paced Display of a Lumberjack And a Mad Scientist who must Succumb a Sumo Wrestler in The Sahara Desert	2006	1	\N	3	2.99	91	11.99	PG-13	2006-02-15 05:03:42	{Trailers}	'desert':24 'display':7 'fast':5 'fast-pac':4 'lumberjack':10 'mad':13 'must':16 'pace':6 'sahara':23 'scientist':14 'succumb':17 'sumo':19 'tarzan':1 'videotap':2 'wrestler':20
52	BALLROOM MOCKINGBIRD	A Thrilling Documentary of a Composer And a Monkey who must Find a Feminist in California	2006	1	\N	6	0.99	173	29.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'ballroom':1 'california':18 'compos':8 'documentari':5 'feminist':16 'find':14 'mockingbird':2 'monkey':11 'must':13 'thrill':4
978	WISDOM WORKER	A Unbelieveable Saga of a Forensic Psychologist And a Student who must Face a Squirrel in The First Manned Space Station	2006	1	\N	3	0.99	98	12.99	R	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'face':15 'first':20 'forens':8 'man':21 'must':14 'psychologist':9 'saga':5 'space':22 'squirrel':17 'station':23 'student':12 'unbeliev':4 'wisdom':1 'worker':2
685	PLATOON INSTINCT	A Thrilling Panorama of a Man And a Woman who must Reach a Woman in Australia	2006	1	\N	6	4.99	132	10.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'australia':18 'instinct':2 'man':8 'must':13 'panorama':5 'platoon':1 'reach':14 'thrill':4 'woman':11,16
55	BARBARELLA STREETCAR	A Awe-Inspiring Story of a Feminist And a Cat who must Conquer a Dog in A Monastery	2006	1	\N	6	2.99	65	27.99	G	2006-02-15 05:03:42	{"Behind the Scenes"}	'awe':5 'awe-inspir':4 'barbarella':1 'cat':13 'conquer':16 'dog':18 'feminist':10 'inspir':6 'monasteri':21 'must':15 'stori':7 'streetcar':2
453	IMAGE PRINCESS	A Lacklusture Panorama of a Secret Agent And a Crocodile who must Discover a Madman in The Canadian Rockies	2006	1	\N	3	2.99	178	17.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'agent':9 'canadian':20 'crocodil':12 'discov':15 'imag':1 'lacklustur':4 'madman':17 'must':14 'panorama':5 'princess':2 'rocki':21 'secret':8
858	SUBMARINE BED	A Amazing Display of a Car And a Monkey who must Fight a Teacher in Soviet Georgia	2006	1	\N	5	4.99	127	21.99	R	2006-02-15 05:03:42	{Trailers}	'amaz':4 'bed':2 'car':8 'display':5 'fight':14 'georgia':19 'monkey':11 'must':13 'soviet':18 'submarin':1 'teacher':16
417	HILLS NEIGHBORS	A Epic Display of a Hunter And a Feminist who must Sink a Car in A U-Boat	2006	1	\N	5	0.99	93	29.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'boat':21 'car':16 'display':5 'epic':4 'feminist':11 'hill':1 'hunter':8 'must':13 'neighbor':2 'sink':14 'u':20 'u-boat':19
904	TRAIN BUNCH	A Thrilling Character Study of a Robot And a Squirrel who must Face a Dog in Ancient India	2006	1	\N	3	4.99	71	26.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'ancient':19 'bunch':2 'charact':5 'dog':17 'face':15 'india':20 'must':14 'robot':9 'squirrel':12 'studi':6 'thrill':4 'train':1
502	KNOCK WARLOCK	A Unbelieveable Story of a Teacher And a Boat who must Confront a Moose in A Baloon	2006	1	\N	4	2.99	71	21.99	PG-13	2006-02-15 05:03:42	{Trailers}	'baloon':19 'boat':11 'confront':14 'knock':1 'moos':16 'must':13 'stori':5 'teacher':8 'unbeliev':4 'warlock':2
159	CLOSER BANG	A Unbelieveable Panorama of a Frisbee And a Hunter who must Vanquish a Monkey in Ancient India	2006	1	\N	5	4.99	58	12.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'ancient':18 'bang':2 'closer':1 'frisbe':8 'hunter':11 'india':19 'monkey':16 'must':13 'panorama':5 'unbeliev':4 'vanquish':14
170	COMMAND DARLING	A Awe-Inspiring Tale of a Forensic Psychologist And a Woman who must Challenge a Database Administrator in Ancient Japan	2006	1	\N	5	4.99	120	28.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'administr':20 'ancient':22 'awe':5 'awe-inspir':4 'challeng':17 'command':1 'darl':2 'databas':19 'forens':10 'inspir':6 'japan':23 'must':16 'psychologist':11 'tale':7 'woman':14
131	CENTER DINOSAUR	A Beautiful Character Study of a Sumo Wrestler And a Dentist who must Find a Dog in California	2006	1	\N	5	4.99	152	12.99	PG	2006-02-15 05:03:42	{"Deleted Scenes"}	'beauti':4 'california':20 'center':1 'charact':5 'dentist':13 'dinosaur':2 'dog':18 'find':16 'must':15 'studi':6 'sumo':9 'wrestler':10
312	FIDDLER LOST	A Boring Tale of a Squirrel And a Dog who must Challenge a Madman in The Gulf of Mexico	2006	1	\N	4	4.99	75	20.99	R	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'bore':4 'challeng':14 'dog':11 'fiddler':1 'gulf':19 'lost':2 'madman':16 'mexico':21 'must':13 'squirrel':8 'tale':5
13	ALI FOREVER	A Action-Packed Drama of a Dentist And a Crocodile who must Battle a Feminist in The Canadian Rockies	2006	1	\N	4	4.99	150	21.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'action':5 'action-pack':4 'ali':1 'battl':16 'canadian':21 'crocodil':13 'dentist':10 'drama':7 'feminist':18 'forev':2 'must':15 'pack':6 'rocki':22
21	AMERICAN CIRCUS	A Insightful Drama of a Girl And a Astronaut who must Face a Database Administrator in A Shark Tank	2006	1	\N	3	4.99	129	17.99	R	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'administr':17 'american':1 'astronaut':11 'circus':2 'databas':16 'drama':5 'face':14 'girl':8 'insight':4 'must':13 'shark':20 'tank':21
325	FLOATS GARDEN	A Action-Packed Epistle of a Robot And a Car who must Chase a Boat in Ancient Japan	2006	1	\N	6	2.99	145	29.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'ancient':20 'boat':18 'car':13 'chase':16 'epistl':7 'float':1 'garden':2 'japan':21 'must':15 'pack':6 'robot':10
43	ATLANTIS CAUSE	A Thrilling Yarn of a Feminist And a Hunter who must Fight a Technical Writer in A Shark Tank	2006	1	\N	6	2.99	170	15.99	G	2006-02-15 05:03:42	{"Behind the Scenes"}	'atlanti':1 'caus':2 'feminist':8 'fight':14 'hunter':11 'must':13 'shark':20 'tank':21 'technic':16 'thrill':4 'writer':17 'yarn':5
713	RAINBOW SHOCK	A Action-Packed Story of a Hunter And a Boy who must Discover a Lumberjack in Ancient India	2006	1	\N	3	4.99	74	14.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'action':5 'action-pack':4 'ancient':20 'boy':13 'discov':16 'hunter':10 'india':21 'lumberjack':18 'must':15 'pack':6 'rainbow':1 'shock':2 'stori':7
857	STRICTLY SCARFACE	A Touching Reflection of a Crocodile And a Dog who must Chase a Hunter in An Abandoned Fun House	2006	1	\N	3	2.99	144	24.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':19 'chase':14 'crocodil':8 'dog':11 'fun':20 'hous':21 'hunter':16 'must':13 'reflect':5 'scarfac':2 'strict':1 'touch':4
38	ARK RIDGEMONT	A Beautiful Yarn of a Pioneer And a Monkey who must Pursue a Explorer in The Sahara Desert	2006	1	\N	6	0.99	68	25.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'ark':1 'beauti':4 'desert':20 'explor':16 'monkey':11 'must':13 'pioneer':8 'pursu':14 'ridgemont':2 'sahara':19 'yarn':5
349	GANGS PRIDE	A Taut Character Study of a Woman And a A Shark who must Confront a Frisbee in Berlin	2006	1	\N	4	2.99	185	27.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'berlin':20 'charact':5 'confront':16 'frisbe':18 'gang':1 'must':15 'pride':2 'shark':13 'studi':6 'taut':4 'woman':9
347	GAMES BOWFINGER	A Astounding Documentary of a Butler And a Explorer who must Challenge a Butler in A Monastery	2006	1	\N	7	4.99	119	17.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'astound':4 'bowfing':2 'butler':8,16 'challeng':14 'documentari':5 'explor':11 'game':1 'monasteri':19 'must':13
86	BOOGIE AMELIE	A Lacklusture Character Study of a Husband And a Sumo Wrestler who must Succumb a Technical Writer in The Gulf of Mexico	2006	1	\N	6	4.99	121	11.99	R	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'ameli':2 'boogi':1 'charact':5 'gulf':22 'husband':9 'lacklustur':4 'mexico':24 'must':15 'studi':6 'succumb':16 'sumo':12 'technic':18 'wrestler':13 'writer':19
391	HALF OUTFIELD	A Epic Epistle of a Database Administrator And a Crocodile who must Face a Madman in A Jet Boat	2006	1	\N	6	2.99	146	25.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'administr':9 'boat':21 'crocodil':12 'databas':8 'epic':4 'epistl':5 'face':15 'half':1 'jet':20 'madman':17 'must':14 'outfield':2
91	BOUND CHEAPER	A Thrilling Panorama of a Database Administrator And a Astronaut who must Challenge a Lumberjack in A Baloon	2006	1	\N	5	0.99	98	17.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'administr':9 'astronaut':12 'baloon':20 'bound':1 'challeng':15 'cheaper':2 'databas':8 'lumberjack':17 'must':14 'panorama':5 'thrill':4
190	CREEPERS KANE	A Awe-Inspiring Reflection of a Squirrel And a Boat who must Outrace a Car in A Jet Boat	2006	1	\N	5	4.99	172	23.99	NC-17	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'awe':5 'awe-inspir':4 'boat':13,22 'car':18 'creeper':1 'inspir':6 'jet':21 'kane':2 'must':15 'outrac':16 'reflect':7 'squirrel':10
693	POTTER CONNECTICUT	A Thrilling Epistle of a Frisbee And a Cat who must Fight a Technical Writer in Berlin	2006	1	\N	5	2.99	115	16.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries}	'berlin':19 'cat':11 'connecticut':2 'epistl':5 'fight':14 'frisbe':8 'must':13 'potter':1 'technic':16 'thrill':4 'writer':17
176	CONGENIALITY QUEST	A Touching Documentary of a Cat And a Pastry Chef who must Find a Lumberjack in A Baloon	2006	1	\N	6	0.99	87	21.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'baloon':20 'cat':8 'chef':12 'congeni':1 'documentari':5 'find':15 'lumberjack':17 'must':14 'pastri':11 'quest':2 'touch':4
375	GRAIL FRANKENSTEIN	A Unbelieveable Saga of a Teacher And a Monkey who must Fight a Girl in An Abandoned Mine Shaft	2006	1	\N	4	2.99	85	17.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':19 'fight':14 'frankenstein':2 'girl':16 'grail':1 'mine':20 'monkey':11 'must':13 'saga':5 'shaft':21 'teacher':8 'unbeliev':4
175	CONFUSED CANDLES	A Stunning Epistle of a Cat And a Forensic Psychologist who must Confront a Pioneer in A Baloon	2006	1	\N	3	2.99	122	27.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'baloon':20 'candl':2 'cat':8 'confront':15 'confus':1 'epistl':5 'forens':11 'must':14 'pioneer':17 'psychologist':12 'stun':4
374	GRAFFITI LOVE	A Unbelieveable Epistle of a Sumo Wrestler And a Hunter who must Build a Composer in Berlin	2006	1	\N	3	0.99	117	29.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'berlin':19 'build':15 'compos':17 'epistl':5 'graffiti':1 'hunter':12 'love':2 'must':14 'sumo':8 'unbeliev':4 'wrestler':9
605	MULHOLLAND BEAST	A Awe-Inspiring Display of a Husband And a Squirrel who must Battle a Sumo Wrestler in A Jet Boat	2006	1	\N	7	2.99	157	13.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'awe':5 'awe-inspir':4 'battl':16 'beast':2 'boat':23 'display':7 'husband':10 'inspir':6 'jet':22 'mulholland':1 'must':15 'squirrel':13 'sumo':18 'wrestler':19
506	LADY STAGE	A Beautiful Character Study of a Woman And a Man who must Pursue a Explorer in A U-Boat	2006	1	\N	4	4.99	67	14.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'beauti':4 'boat':22 'charact':5 'explor':17 'ladi':1 'man':12 'must':14 'pursu':15 'stage':2 'studi':6 'u':21 'u-boat':20 'woman':9
215	DAWN POND	A Thoughtful Documentary of a Dentist And a Forensic Psychologist who must Defeat a Waitress in Berlin	2006	1	\N	4	4.99	57	27.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'berlin':19 'dawn':1 'defeat':15 'dentist':8 'documentari':5 'forens':11 'must':14 'pond':2 'psychologist':12 'thought':4 'waitress':17
326	FLYING HOOK	A Thrilling Display of a Mad Cow And a Dog who must Challenge a Frisbee in Nigeria	2006	1	\N	6	2.99	69	18.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'challeng':15 'cow':9 'display':5 'dog':12 'fli':1 'frisbe':17 'hook':2 'mad':8 'must':14 'nigeria':19 'thrill':4
498	KILLER INNOCENT	A Fanciful Character Study of a Student And a Explorer who must Succumb a Composer in An Abandoned Mine Shaft	2006	1	\N	7	2.99	161	11.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'abandon':20 'charact':5 'compos':17 'explor':12 'fanci':4 'innoc':2 'killer':1 'mine':21 'must':14 'shaft':22 'student':9 'studi':6 'succumb':15
408	HEAD STRANGER	A Thoughtful Saga of a Hunter And a Crocodile who must Confront a Dog in The Gulf of Mexico	2006	1	\N	4	4.99	69	28.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'confront':14 'crocodil':11 'dog':16 'gulf':19 'head':1 'hunter':8 'mexico':21 'must':13 'saga':5 'stranger':2 'thought':4
199	CUPBOARD SINNERS	A Emotional Reflection of a Frisbee And a Boat who must Reach a Pastry Chef in An Abandoned Amusement Park	2006	1	\N	4	2.99	56	29.99	R	2006-02-15 05:03:42	{"Behind the Scenes"}	'abandon':20 'amus':21 'boat':11 'chef':17 'cupboard':1 'emot':4 'frisbe':8 'must':13 'park':22 'pastri':16 'reach':14 'reflect':5 'sinner':2
811	SMILE EARRING	A Intrepid Drama of a Teacher And a Butler who must Build a Pastry Chef in Berlin	2006	1	\N	4	2.99	60	29.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'berlin':19 'build':14 'butler':11 'chef':17 'drama':5 'earring':2 'intrepid':4 'must':13 'pastri':16 'smile':1 'teacher':8
863	SUN CONFESSIONS	A Beautiful Display of a Mad Cow And a Dog who must Redeem a Waitress in An Abandoned Amusement Park	2006	1	\N	5	0.99	141	9.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'abandon':20 'amus':21 'beauti':4 'confess':2 'cow':9 'display':5 'dog':12 'mad':8 'must':14 'park':22 'redeem':15 'sun':1 'waitress':17
842	STATE WASTELAND	A Beautiful Display of a Cat And a Pastry Chef who must Outrace a Mad Cow in A Jet Boat	2006	1	\N	4	2.99	113	13.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'beauti':4 'boat':22 'cat':8 'chef':12 'cow':18 'display':5 'jet':21 'mad':17 'must':14 'outrac':15 'pastri':11 'state':1 'wasteland':2
90	BOULEVARD MOB	A Fateful Epistle of a Moose And a Monkey who must Confront a Lumberjack in Ancient China	2006	1	\N	3	0.99	63	11.99	R	2006-02-15 05:03:42	{Trailers}	'ancient':18 'boulevard':1 'china':19 'confront':14 'epistl':5 'fate':4 'lumberjack':16 'mob':2 'monkey':11 'moos':8 'must':13
918	TWISTED PIRATES	A Touching Display of a Frisbee And a Boat who must Kill a Girl in A MySQL Convention	2006	1	\N	4	4.99	152	23.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'boat':11 'convent':20 'display':5 'frisbe':8 'girl':16 'kill':14 'must':13 'mysql':19 'pirat':2 'touch':4 'twist':1
16	ALLEY EVOLUTION	A Fast-Paced Drama of a Robot And a Composer who must Battle a Astronaut in New Orleans	2006	1	\N	6	2.99	180	23.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries}	'alley':1 'astronaut':18 'battl':16 'compos':13 'drama':7 'evolut':2 'fast':5 'fast-pac':4 'must':15 'new':20 'orlean':21 'pace':6 'robot':10
579	MINDS TRUMAN	A Taut Yarn of a Mad Scientist And a Crocodile who must Outgun a Database Administrator in A Monastery	2006	1	\N	3	4.99	149	22.99	PG-13	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'administr':18 'crocodil':12 'databas':17 'mad':8 'mind':1 'monasteri':21 'must':14 'outgun':15 'scientist':9 'taut':4 'truman':2 'yarn':5
290	EVERYONE CRAFT	A Fateful Display of a Waitress And a Dentist who must Reach a Butler in Nigeria	2006	1	\N	4	0.99	163	29.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries}	'butler':16 'craft':2 'dentist':11 'display':5 'everyon':1 'fate':4 'must':13 'nigeria':18 'reach':14 'waitress':8
573	MICROCOSMOS PARADISE	A Touching Character Study of a Boat And a Student who must Sink a A Shark in Nigeria	2006	1	\N	6	2.99	105	22.99	PG-13	2006-02-15 05:03:42	{Commentaries}	'boat':9 'charact':5 'microcosmo':1 'must':14 'nigeria':20 'paradis':2 'shark':18 'sink':15 'student':12 'studi':6 'touch':4
59	BEAR GRACELAND	A Astounding Saga of a Dog And a Boy who must Kill a Teacher in The First Manned Space Station	2006	1	\N	4	2.99	160	20.99	R	2006-02-15 05:03:42	{"Deleted Scenes"}	'astound':4 'bear':1 'boy':11 'dog':8 'first':19 'graceland':2 'kill':14 'man':20 'must':13 'saga':5 'space':21 'station':22 'teacher':16
546	MADRE GABLES	A Intrepid Panorama of a Sumo Wrestler And a Forensic Psychologist who must Discover a Moose in The First Manned Space Station	2006	1	\N	7	2.99	98	27.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'discov':16 'first':21 'forens':12 'gabl':2 'intrepid':4 'madr':1 'man':22 'moos':18 'must':15 'panorama':5 'psychologist':13 'space':23 'station':24 'sumo':8 'wrestler':9
786	SHEPHERD MIDSUMMER	A Thoughtful Drama of a Robot And a Womanizer who must Kill a Lumberjack in A Baloon	2006	1	\N	7	0.99	113	14.99	R	2006-02-15 05:03:42	{"Deleted Scenes"}	'baloon':19 'drama':5 'kill':14 'lumberjack':16 'midsumm':2 'must':13 'robot':8 'shepherd':1 'thought':4 'woman':11
748	RUGRATS SHAKESPEARE	A Touching Saga of a Crocodile And a Crocodile who must Discover a Technical Writer in Nigeria	2006	1	\N	4	0.99	109	16.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'crocodil':8,11 'discov':14 'must':13 'nigeria':19 'rugrat':1 'saga':5 'shakespear':2 'technic':16 'touch':4 'writer':17
297	EXTRAORDINARY CONQUERER	A Stunning Story of a Dog And a Feminist who must Face a Forensic Psychologist in Berlin	2006	1	\N	6	2.99	122	29.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'berlin':19 'conquer':2 'dog':8 'extraordinari':1 'face':14 'feminist':11 'forens':16 'must':13 'psychologist':17 'stori':5 'stun':4
934	VANILLA DAY	A Fast-Paced Saga of a Girl And a Forensic Psychologist who must Redeem a Girl in Nigeria	2006	1	\N	7	4.99	122	20.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'day':2 'fast':5 'fast-pac':4 'forens':13 'girl':10,19 'must':16 'nigeria':21 'pace':6 'psychologist':14 'redeem':17 'saga':7 'vanilla':1
808	SLING LUKE	A Intrepid Character Study of a Robot And a Monkey who must Reach a Secret Agent in An Abandoned Amusement Park	2006	1	\N	5	0.99	84	10.99	R	2006-02-15 05:03:42	{"Behind the Scenes"}	'abandon':21 'agent':18 'amus':22 'charact':5 'intrepid':4 'luke':2 'monkey':12 'must':14 'park':23 'reach':15 'robot':9 'secret':17 'sling':1 'studi':6
443	HURRICANE AFFAIR	A Lacklusture Epistle of a Database Administrator And a Woman who must Meet a Hunter in An Abandoned Mine Shaft	2006	1	\N	6	2.99	49	11.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'abandon':20 'administr':9 'affair':2 'databas':8 'epistl':5 'hunter':17 'hurrican':1 'lacklustur':4 'meet':15 'mine':21 'must':14 'shaft':22 'woman':12
492	JUNGLE CLOSER	A Boring Character Study of a Boy And a Woman who must Battle a Astronaut in Australia	2006	1	\N	6	0.99	134	11.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'astronaut':17 'australia':19 'battl':15 'bore':4 'boy':9 'charact':5 'closer':2 'jungl':1 'must':14 'studi':6 'woman':12
472	ITALIAN AFRICAN	A Astounding Character Study of a Monkey And a Moose who must Outgun a Cat in A U-Boat	2006	1	\N	3	4.99	174	24.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'african':2 'astound':4 'boat':22 'cat':17 'charact':5 'italian':1 'monkey':9 'moos':12 'must':14 'outgun':15 'studi':6 'u':21 'u-boat':20
353	GENTLEMEN STAGE	A Awe-Inspiring Reflection of a Monkey And a Student who must Overcome a Dentist in The First Manned Space Station	2006	1	\N	6	2.99	125	22.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'awe':5 'awe-inspir':4 'dentist':18 'first':21 'gentlemen':1 'inspir':6 'man':22 'monkey':10 'must':15 'overcom':16 'reflect':7 'space':23 'stage':2 'station':24 'student':13
200	CURTAIN VIDEOTAPE	A Boring Reflection of a Dentist And a Mad Cow who must Chase a Secret Agent in A Shark Tank	2006	1	\N	7	0.99	133	27.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'agent':18 'bore':4 'chase':15 'cow':12 'curtain':1 'dentist':8 'mad':11 'must':14 'reflect':5 'secret':17 'shark':21 'tank':22 'videotap':2
12	ALASKA PHANTOM	A Fanciful Saga of a Hunter And a Pastry Chef who must Vanquish a Boy in Australia	2006	1	\N	6	0.99	136	22.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'alaska':1 'australia':19 'boy':17 'chef':12 'fanci':4 'hunter':8 'must':14 'pastri':11 'phantom':2 'saga':5 'vanquish':15
940	VICTORY ACADEMY	A Insightful Epistle of a Mad Scientist And a Explorer who must Challenge a Cat in The Sahara Desert	2006	1	\N	6	0.99	64	19.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'academi':2 'cat':17 'challeng':15 'desert':21 'epistl':5 'explor':12 'insight':4 'mad':8 'must':14 'sahara':20 'scientist':9 'victori':1
518	LIAISONS SWEET	A Boring Drama of a A Shark And a Explorer who must Redeem a Waitress in The Canadian Rockies	2006	1	\N	5	4.99	140	15.99	PG	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'bore':4 'canadian':20 'drama':5 'explor':12 'liaison':1 'must':14 'redeem':15 'rocki':21 'shark':9 'sweet':2 'waitress':17
442	HUNTING MUSKETEERS	A Thrilling Reflection of a Pioneer And a Dentist who must Outrace a Womanizer in An Abandoned Mine Shaft	2006	1	\N	6	2.99	65	24.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'abandon':19 'dentist':11 'hunt':1 'mine':20 'musket':2 'must':13 'outrac':14 'pioneer':8 'reflect':5 'shaft':21 'thrill':4 'woman':16
838	STAGECOACH ARMAGEDDON	A Touching Display of a Pioneer And a Butler who must Chase a Car in California	2006	1	\N	5	4.99	112	25.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'armageddon':2 'butler':11 'california':18 'car':16 'chase':14 'display':5 'must':13 'pioneer':8 'stagecoach':1 'touch':4
73	BINGO TALENTED	A Touching Tale of a Girl And a Crocodile who must Discover a Waitress in Nigeria	2006	1	\N	5	2.99	150	22.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'bingo':1 'crocodil':11 'discov':14 'girl':8 'must':13 'nigeria':18 'tale':5 'talent':2 'touch':4 'waitress':16
255	DRIVING POLISH	A Action-Packed Yarn of a Feminist And a Technical Writer who must Sink a Boat in An Abandoned Mine Shaft	2006	1	\N	6	4.99	175	21.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'abandon':22 'action':5 'action-pack':4 'boat':19 'drive':1 'feminist':10 'mine':23 'must':16 'pack':6 'polish':2 'shaft':24 'sink':17 'technic':13 'writer':14 'yarn':7
434	HORROR REIGN	A Touching Documentary of a A Shark And a Car who must Build a Husband in Nigeria	2006	1	\N	3	0.99	139	25.99	R	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'build':15 'car':12 'documentari':5 'horror':1 'husband':17 'must':14 'nigeria':19 'reign':2 'shark':9 'touch':4
836	SQUAD FISH	A Fast-Paced Display of a Pastry Chef And a Dog who must Kill a Teacher in Berlin	2006	1	\N	3	2.99	136	14.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'berlin':21 'chef':11 'display':7 'dog':14 'fast':5 'fast-pac':4 'fish':2 'kill':17 'must':16 'pace':6 'pastri':10 'squad':1 'teacher':19
678	PICKUP DRIVING	A Touching Documentary of a Husband And a Boat who must Meet a Pastry Chef in A Baloon Factory	2006	1	\N	3	2.99	77	23.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'baloon':20 'boat':11 'chef':17 'documentari':5 'drive':2 'factori':21 'husband':8 'meet':14 'must':13 'pastri':16 'pickup':1 'touch':4
844	STEERS ARMAGEDDON	A Stunning Character Study of a Car And a Girl who must Succumb a Car in A MySQL Convention	2006	1	\N	6	4.99	140	16.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'armageddon':2 'car':9,17 'charact':5 'convent':21 'girl':12 'must':14 'mysql':20 'steer':1 'studi':6 'stun':4 'succumb':15
583	MISSION ZOOLANDER	A Intrepid Story of a Sumo Wrestler And a Teacher who must Meet a A Shark in An Abandoned Fun House	2006	1	\N	3	4.99	164	26.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'abandon':21 'fun':22 'hous':23 'intrepid':4 'meet':15 'mission':1 'must':14 'shark':18 'stori':5 'sumo':8 'teacher':12 'wrestler':9 'zooland':2
40	ARMY FLINTSTONES	A Boring Saga of a Database Administrator And a Womanizer who must Battle a Waitress in Nigeria	2006	1	\N	4	0.99	148	22.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'administr':9 'armi':1 'battl':15 'bore':4 'databas':8 'flintston':2 'must':14 'nigeria':19 'saga':5 'waitress':17 'woman':12
610	MUSIC BOONDOCK	A Thrilling Tale of a Butler And a Astronaut who must Battle a Explorer in The First Manned Space Station	2006	1	\N	7	0.99	129	17.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'astronaut':11 'battl':14 'boondock':2 'butler':8 'explor':16 'first':19 'man':20 'music':1 'must':13 'space':21 'station':22 'tale':5 'thrill':4
563	MASSACRE USUAL	A Fateful Reflection of a Waitress And a Crocodile who must Challenge a Forensic Psychologist in California	2006	1	\N	6	4.99	165	16.99	R	2006-02-15 05:03:42	{Commentaries}	'california':19 'challeng':14 'crocodil':11 'fate':4 'forens':16 'massacr':1 'must':13 'psychologist':17 'reflect':5 'usual':2 'waitress':8
150	CIDER DESIRE	A Stunning Character Study of a Composer And a Mad Cow who must Succumb a Cat in Soviet Georgia	2006	1	\N	7	2.99	101	9.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'cat':18 'charact':5 'cider':1 'compos':9 'cow':13 'desir':2 'georgia':21 'mad':12 'must':15 'soviet':20 'studi':6 'stun':4 'succumb':16
238	DOCTOR GRAIL	A Insightful Drama of a Womanizer And a Waitress who must Reach a Forensic Psychologist in The Outback	2006	1	\N	4	2.99	57	29.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'doctor':1 'drama':5 'forens':16 'grail':2 'insight':4 'must':13 'outback':20 'psychologist':17 'reach':14 'waitress':11 'woman':8
487	JINGLE SAGEBRUSH	A Epic Character Study of a Feminist And a Student who must Meet a Woman in A Baloon	2006	1	\N	6	4.99	124	29.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'baloon':20 'charact':5 'epic':4 'feminist':9 'jingl':1 'meet':15 'must':14 'sagebrush':2 'student':12 'studi':6 'woman':17
880	TELEMARK HEARTBREAKERS	A Action-Packed Panorama of a Technical Writer And a Man who must Build a Forensic Psychologist in A Manhattan Penthouse	2006	1	\N	6	2.99	152	9.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'action':5 'action-pack':4 'build':17 'forens':19 'heartbreak':2 'man':14 'manhattan':23 'must':16 'pack':6 'panorama':7 'penthous':24 'psychologist':20 'technic':10 'telemark':1 'writer':11
97	BRIDE INTRIGUE	A Epic Tale of a Robot And a Monkey who must Vanquish a Man in New Orleans	2006	1	\N	7	0.99	56	24.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'bride':1 'epic':4 'intrigu':2 'man':16 'monkey':11 'must':13 'new':18 'orlean':19 'robot':8 'tale':5 'vanquish':14
739	ROCKY WAR	A Fast-Paced Display of a Squirrel And a Explorer who must Outgun a Mad Scientist in Nigeria	2006	1	\N	4	4.99	145	17.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'display':7 'explor':13 'fast':5 'fast-pac':4 'mad':18 'must':15 'nigeria':21 'outgun':16 'pace':6 'rocki':1 'scientist':19 'squirrel':10 'war':2
341	FROST HEAD	A Amazing Reflection of a Lumberjack And a Cat who must Discover a Husband in A MySQL Convention	2006	1	\N	5	0.99	82	13.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'amaz':4 'cat':11 'convent':20 'discov':14 'frost':1 'head':2 'husband':16 'lumberjack':8 'must':13 'mysql':19 'reflect':5
196	CRUELTY UNFORGIVEN	A Brilliant Tale of a Car And a Moose who must Battle a Dentist in Nigeria	2006	1	\N	7	0.99	69	29.99	G	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'battl':14 'brilliant':4 'car':8 'cruelti':1 'dentist':16 'moos':11 'must':13 'nigeria':18 'tale':5 'unforgiven':2
256	DROP WATERFRONT	A Fanciful Documentary of a Husband And a Explorer who must Reach a Madman in Ancient China	2006	1	\N	6	4.99	178	20.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'ancient':18 'china':19 'documentari':5 'drop':1 'explor':11 'fanci':4 'husband':8 'madman':16 'must':13 'reach':14 'waterfront':2
920	UNBREAKABLE KARATE	A Amazing Character Study of a Robot And a Student who must Chase a Robot in Australia	2006	1	\N	3	0.99	62	16.99	G	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'amaz':4 'australia':19 'charact':5 'chase':15 'karat':2 'must':14 'robot':9,17 'student':12 'studi':6 'unbreak':1
15	ALIEN CENTER	A Brilliant Drama of a Cat And a Mad Scientist who must Battle a Feminist in A MySQL Convention	2006	1	\N	5	2.99	46	10.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'alien':1 'battl':15 'brilliant':4 'cat':8 'center':2 'convent':21 'drama':5 'feminist':17 'mad':11 'must':14 'mysql':20 'scientist':12
343	FULL FLATLINERS	A Beautiful Documentary of a Astronaut And a Moose who must Pursue a Monkey in A Shark Tank	2006	1	\N	6	2.99	94	14.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'astronaut':8 'beauti':4 'documentari':5 'flatlin':2 'full':1 'monkey':16 'moos':11 'must':13 'pursu':14 'shark':19 'tank':20
44	ATTACKS HATE	A Fast-Paced Panorama of a Technical Writer And a Mad Scientist who must Find a Feminist in An Abandoned Mine Shaft	2006	1	\N	5	4.99	113	21.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'abandon':23 'attack':1 'fast':5 'fast-pac':4 'feminist':20 'find':18 'hate':2 'mad':14 'mine':24 'must':17 'pace':6 'panorama':7 'scientist':15 'shaft':25 'technic':10 'writer':11
480	JEEPERS WEDDING	A Astounding Display of a Composer And a Dog who must Kill a Pastry Chef in Soviet Georgia	2006	1	\N	3	2.99	84	29.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'astound':4 'chef':17 'compos':8 'display':5 'dog':11 'georgia':20 'jeeper':1 'kill':14 'must':13 'pastri':16 'soviet':19 'wed':2
837	STAGE WORLD	A Lacklusture Panorama of a Woman And a Frisbee who must Chase a Crocodile in A Jet Boat	2006	1	\N	4	2.99	85	19.99	PG	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'boat':20 'chase':14 'crocodil':16 'frisbe':11 'jet':19 'lacklustur':4 'must':13 'panorama':5 'stage':1 'woman':8 'world':2
683	PITY BOUND	A Boring Panorama of a Feminist And a Moose who must Defeat a Database Administrator in Nigeria	2006	1	\N	5	4.99	60	19.99	NC-17	2006-02-15 05:03:42	{Commentaries}	'administr':17 'bore':4 'bound':2 'databas':16 'defeat':14 'feminist':8 'moos':11 'must':13 'nigeria':19 'panorama':5 'piti':1
276	ELEMENT FREDDY	A Awe-Inspiring Reflection of a Waitress And a Squirrel who must Kill a Mad Cow in A Jet Boat	2006	1	\N	6	4.99	115	28.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'awe':5 'awe-inspir':4 'boat':23 'cow':19 'element':1 'freddi':2 'inspir':6 'jet':22 'kill':16 'mad':18 'must':15 'reflect':7 'squirrel':13 'waitress':10
315	FINDING ANACONDA	A Fateful Tale of a Database Administrator And a Girl who must Battle a Squirrel in New Orleans	2006	1	\N	4	0.99	156	10.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'administr':9 'anaconda':2 'battl':15 'databas':8 'fate':4 'find':1 'girl':12 'must':14 'new':19 'orlean':20 'squirrel':17 'tale':5
831	SPIRITED CASUALTIES	A Taut Story of a Waitress And a Man who must Face a Car in A Baloon Factory	2006	1	\N	5	0.99	138	20.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'baloon':19 'car':16 'casualti':2 'face':14 'factori':20 'man':11 'must':13 'spirit':1 'stori':5 'taut':4 'waitress':8
137	CHARADE DUFFEL	A Action-Packed Display of a Man And a Waitress who must Build a Dog in A MySQL Convention	2006	1	\N	3	2.99	66	21.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'action':5 'action-pack':4 'build':16 'charad':1 'convent':22 'display':7 'dog':18 'duffel':2 'man':10 'must':15 'mysql':21 'pack':6 'waitress':13
794	SIDE ARK	A Stunning Panorama of a Crocodile And a Womanizer who must Meet a Feminist in The Canadian Rockies	2006	1	\N	5	0.99	52	28.99	G	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'ark':2 'canadian':19 'crocodil':8 'feminist':16 'meet':14 'must':13 'panorama':5 'rocki':20 'side':1 'stun':4 'woman':11
917	TUXEDO MILE	A Boring Drama of a Man And a Forensic Psychologist who must Face a Frisbee in Ancient India	2006	1	\N	3	2.99	152	24.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'ancient':19 'bore':4 'drama':5 'face':15 'forens':11 'frisbe':17 'india':20 'man':8 'mile':2 'must':14 'psychologist':12 'tuxedo':1
700	PRIX UNDEFEATED	A Stunning Saga of a Mad Scientist And a Boat who must Overcome a Dentist in Ancient China	2006	1	\N	4	2.99	115	13.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'ancient':19 'boat':12 'china':20 'dentist':17 'mad':8 'must':14 'overcom':15 'prix':1 'saga':5 'scientist':9 'stun':4 'undef':2
384	GROSSE WONDERFUL	A Epic Drama of a Cat And a Explorer who must Redeem a Moose in Australia	2006	1	\N	5	4.99	49	19.99	R	2006-02-15 05:03:42	{"Behind the Scenes"}	'australia':18 'cat':8 'drama':5 'epic':4 'explor':11 'gross':1 'moos':16 'must':13 'redeem':14 'wonder':2
712	RAIDERS ANTITRUST	A Amazing Drama of a Teacher And a Feminist who must Meet a Woman in The First Manned Space Station	2006	1	\N	4	0.99	82	11.99	PG-13	2006-02-15 05:03:42	{"Deleted Scenes"}	'amaz':4 'antitrust':2 'drama':5 'feminist':11 'first':19 'man':20 'meet':14 'must':13 'raider':1 'space':21 'station':22 'teacher':8 'woman':16
883	TEQUILA PAST	A Action-Packed Panorama of a Mad Scientist And a Robot who must Challenge a Student in Nigeria	2006	1	\N	6	4.99	53	17.99	PG	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'challeng':17 'mad':10 'must':16 'nigeria':21 'pack':6 'panorama':7 'past':2 'robot':14 'scientist':11 'student':19 'tequila':1
570	MERMAID INSECTS	A Lacklusture Drama of a Waitress And a Husband who must Fight a Husband in California	2006	1	\N	5	4.99	104	20.99	NC-17	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'california':18 'drama':5 'fight':14 'husband':11,16 'insect':2 'lacklustur':4 'mermaid':1 'must':13 'waitress':8
143	CHILL LUCK	A Lacklusture Epistle of a Boat And a Technical Writer who must Fight a A Shark in The Canadian Rockies	2006	1	\N	6	0.99	142	17.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'boat':8 'canadian':21 'chill':1 'epistl':5 'fight':15 'lacklustur':4 'luck':2 'must':14 'rocki':22 'shark':18 'technic':11 'writer':12
763	SATISFACTION CONFIDENTIAL	A Lacklusture Yarn of a Dentist And a Butler who must Meet a Secret Agent in Ancient China	2006	1	\N	3	4.99	75	26.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'agent':17 'ancient':19 'butler':11 'china':20 'confidenti':2 'dentist':8 'lacklustur':4 'meet':14 'must':13 'satisfact':1 'secret':16 'yarn':5
801	SISTER FREDDY	A Stunning Saga of a Butler And a Woman who must Pursue a Explorer in Australia	2006	1	\N	5	4.99	152	19.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'australia':18 'butler':8 'explor':16 'freddi':2 'must':13 'pursu':14 'saga':5 'sister':1 'stun':4 'woman':11
796	SIERRA DIVIDE	A Emotional Character Study of a Frisbee And a Mad Scientist who must Build a Madman in California	2006	1	\N	3	0.99	135	12.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'build':16 'california':20 'charact':5 'divid':2 'emot':4 'frisbe':9 'mad':12 'madman':18 'must':15 'scientist':13 'sierra':1 'studi':6
589	MODERN DORADO	A Awe-Inspiring Story of a Butler And a Sumo Wrestler who must Redeem a Boy in New Orleans	2006	1	\N	3	0.99	74	20.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'awe':5 'awe-inspir':4 'boy':19 'butler':10 'dorado':2 'inspir':6 'modern':1 'must':16 'new':21 'orlean':22 'redeem':17 'stori':7 'sumo':13 'wrestler':14
6	AGENT TRUMAN	A Intrepid Panorama of a Robot And a Boy who must Escape a Sumo Wrestler in Ancient China	2006	1	\N	3	2.99	169	17.99	PG	2006-02-15 05:03:42	{"Deleted Scenes"}	'agent':1 'ancient':19 'boy':11 'china':20 'escap':14 'intrepid':4 'must':13 'panorama':5 'robot':8 'sumo':16 'truman':2 'wrestler':17
924	UNFORGIVEN ZOOLANDER	A Taut Epistle of a Monkey And a Sumo Wrestler who must Vanquish a A Shark in A Baloon Factory	2006	1	\N	7	0.99	129	15.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'baloon':21 'epistl':5 'factori':22 'monkey':8 'must':14 'shark':18 'sumo':11 'taut':4 'unforgiven':1 'vanquish':15 'wrestler':12 'zooland':2
202	DADDY PITTSBURGH	A Epic Story of a A Shark And a Student who must Confront a Explorer in The Gulf of Mexico	2006	1	\N	5	4.99	161	26.99	G	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'confront':15 'daddi':1 'epic':4 'explor':17 'gulf':20 'mexico':22 'must':14 'pittsburgh':2 'shark':9 'stori':5 'student':12
929	USUAL UNTOUCHABLES	A Touching Display of a Explorer And a Lumberjack who must Fight a Forensic Psychologist in A Shark Tank	2006	1	\N	5	4.99	128	21.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'display':5 'explor':8 'fight':14 'forens':16 'lumberjack':11 'must':13 'psychologist':17 'shark':20 'tank':21 'touch':4 'untouch':2 'usual':1
284	ENEMY ODDS	A Fanciful Panorama of a Mad Scientist And a Woman who must Pursue a Astronaut in Ancient India	2006	1	\N	5	4.99	77	23.99	NC-17	2006-02-15 05:03:42	{Trailers}	'ancient':19 'astronaut':17 'enemi':1 'fanci':4 'india':20 'mad':8 'must':14 'odd':2 'panorama':5 'pursu':15 'scientist':9 'woman':12
565	MATRIX SNOWMAN	A Action-Packed Saga of a Womanizer And a Woman who must Overcome a Student in California	2006	1	\N	6	4.99	56	9.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'action':5 'action-pack':4 'california':20 'matrix':1 'must':15 'overcom':16 'pack':6 'saga':7 'snowman':2 'student':18 'woman':10,13
778	SECRETS PARADISE	A Fateful Saga of a Cat And a Frisbee who must Kill a Girl in A Manhattan Penthouse	2006	1	\N	3	4.99	109	24.99	G	2006-02-15 05:03:42	{Trailers,Commentaries}	'cat':8 'fate':4 'frisbe':11 'girl':16 'kill':14 'manhattan':19 'must':13 'paradis':2 'penthous':20 'saga':5 'secret':1
179	CONQUERER NUTS	A Taut Drama of a Mad Scientist And a Man who must Escape a Pioneer in An Abandoned Mine Shaft	2006	1	\N	4	4.99	173	14.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':20 'conquer':1 'drama':5 'escap':15 'mad':8 'man':12 'mine':21 'must':14 'nut':2 'pioneer':17 'scientist':9 'shaft':22 'taut':4
262	DUMBO LUST	A Touching Display of a Feminist And a Dentist who must Conquer a Husband in The Gulf of Mexico	2006	1	\N	5	0.99	119	17.99	NC-17	2006-02-15 05:03:42	{"Behind the Scenes"}	'conquer':14 'dentist':11 'display':5 'dumbo':1 'feminist':8 'gulf':19 'husband':16 'lust':2 'mexico':21 'must':13 'touch':4
475	JAPANESE RUN	A Awe-Inspiring Epistle of a Feminist And a Girl who must Sink a Girl in The Outback	2006	1	\N	6	0.99	135	29.99	G	2006-02-15 05:03:42	{"Deleted Scenes"}	'awe':5 'awe-inspir':4 'epistl':7 'feminist':10 'girl':13,18 'inspir':6 'japanes':1 'must':15 'outback':21 'run':2 'sink':16
575	MIDSUMMER GROUNDHOG	A Fateful Panorama of a Moose And a Dog who must Chase a Crocodile in Ancient Japan	2006	1	\N	3	4.99	48	27.99	G	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'ancient':18 'chase':14 'crocodil':16 'dog':11 'fate':4 'groundhog':2 'japan':19 'midsumm':1 'moos':8 'must':13 'panorama':5
51	BALLOON HOMEWARD	A Insightful Panorama of a Forensic Psychologist And a Mad Cow who must Build a Mad Scientist in The First Manned Space Station	2006	1	\N	5	2.99	75	10.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes"}	'balloon':1 'build':16 'cow':13 'first':22 'forens':8 'homeward':2 'insight':4 'mad':12,18 'man':23 'must':15 'panorama':5 'psychologist':9 'scientist':19 'space':24 'station':25
105	BULL SHAWSHANK	A Fanciful Drama of a Moose And a Squirrel who must Conquer a Pioneer in The Canadian Rockies	2006	1	\N	6	0.99	125	21.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes"}	'bull':1 'canadian':19 'conquer':14 'drama':5 'fanci':4 'moos':8 'must':13 'pioneer':16 'rocki':20 'shawshank':2 'squirrel':11
548	MAGNIFICENT CHITTY	A Insightful Story of a Teacher And a Hunter who must Face a Mad Cow in California	2006	1	\N	3	2.99	53	27.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'california':19 'chitti':2 'cow':17 'face':14 'hunter':11 'insight':4 'mad':16 'magnific':1 'must':13 'stori':5 'teacher':8
615	NASH CHOCOLAT	A Epic Reflection of a Monkey And a Mad Cow who must Kill a Forensic Psychologist in An Abandoned Mine Shaft	2006	1	\N	6	2.99	180	21.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'abandon':21 'chocolat':2 'cow':12 'epic':4 'forens':17 'kill':15 'mad':11 'mine':22 'monkey':8 'must':14 'nash':1 'psychologist':18 'reflect':5 'shaft':23
250	DRAGON SQUAD	A Taut Reflection of a Boy And a Waitress who must Outgun a Teacher in Ancient China	2006	1	\N	4	0.99	170	26.99	NC-17	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'ancient':18 'boy':8 'china':19 'dragon':1 'must':13 'outgun':14 'reflect':5 'squad':2 'taut':4 'teacher':16 'waitress':11
7	AIRPLANE SIERRA	A Touching Saga of a Hunter And a Butler who must Discover a Butler in A Jet Boat	2006	1	\N	6	4.99	62	28.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'airplan':1 'boat':20 'butler':11,16 'discov':14 'hunter':8 'jet':19 'must':13 'saga':5 'sierra':2 'touch':4
849	STORM HAPPINESS	A Insightful Drama of a Feminist And a A Shark who must Vanquish a Boat in A Shark Tank	2006	1	\N	6	0.99	57	28.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'boat':17 'drama':5 'feminist':8 'happi':2 'insight':4 'must':14 'shark':12,20 'storm':1 'tank':21 'vanquish':15
538	LOVERBOY ATTACKS	A Boring Story of a Car And a Butler who must Build a Girl in Soviet Georgia	2006	1	\N	7	0.99	162	19.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'attack':2 'bore':4 'build':14 'butler':11 'car':8 'georgia':19 'girl':16 'loverboy':1 'must':13 'soviet':18 'stori':5
219	DEEP CRUSADE	A Amazing Tale of a Crocodile And a Squirrel who must Discover a Composer in Australia	2006	1	\N	6	4.99	51	20.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'amaz':4 'australia':18 'compos':16 'crocodil':8 'crusad':2 'deep':1 'discov':14 'must':13 'squirrel':11 'tale':5
96	BREAKING HOME	A Beautiful Display of a Secret Agent And a Monkey who must Battle a Sumo Wrestler in An Abandoned Mine Shaft	2006	1	\N	4	2.99	169	21.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'abandon':21 'agent':9 'battl':15 'beauti':4 'break':1 'display':5 'home':2 'mine':22 'monkey':12 'must':14 'secret':8 'shaft':23 'sumo':17 'wrestler':18
42	ARTIST COLDBLOODED	A Stunning Reflection of a Robot And a Moose who must Challenge a Woman in California	2006	1	\N	5	2.99	170	10.99	NC-17	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'artist':1 'california':18 'challeng':14 'coldblood':2 'moos':11 'must':13 'reflect':5 'robot':8 'stun':4 'woman':16
50	BAKED CLEOPATRA	A Stunning Drama of a Forensic Psychologist And a Husband who must Overcome a Waitress in A Monastery	2006	1	\N	3	2.99	182	20.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'bake':1 'cleopatra':2 'drama':5 'forens':8 'husband':12 'monasteri':20 'must':14 'overcom':15 'psychologist':9 'stun':4 'waitress':17
32	APOCALYPSE FLAMINGOS	A Astounding Story of a Dog And a Squirrel who must Defeat a Woman in An Abandoned Amusement Park	2006	1	\N	6	4.99	119	11.99	R	2006-02-15 05:03:42	{Trailers,Commentaries}	'abandon':19 'amus':20 'apocalyps':1 'astound':4 'defeat':14 'dog':8 'flamingo':2 'must':13 'park':21 'squirrel':11 'stori':5 'woman':16
454	IMPACT ALADDIN	A Epic Character Study of a Frisbee And a Moose who must Outgun a Technical Writer in A Shark Tank	2006	1	\N	6	0.99	180	20.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'aladdin':2 'charact':5 'epic':4 'frisbe':9 'impact':1 'moos':12 'must':14 'outgun':15 'shark':21 'studi':6 'tank':22 'technic':17 'writer':18
664	PATRIOT ROMAN	A Taut Saga of a Robot And a Database Administrator who must Challenge a Astronaut in California	2006	1	\N	6	2.99	65	12.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'administr':12 'astronaut':17 'california':19 'challeng':15 'databas':11 'must':14 'patriot':1 'robot':8 'roman':2 'saga':5 'taut':4
208	DARES PLUTO	A Fateful Story of a Robot And a Dentist who must Defeat a Astronaut in New Orleans	2006	1	\N	7	2.99	89	16.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'astronaut':16 'dare':1 'defeat':14 'dentist':11 'fate':4 'must':13 'new':18 'orlean':19 'pluto':2 'robot':8 'stori':5
619	NEIGHBORS CHARADE	A Fanciful Reflection of a Crocodile And a Astronaut who must Outrace a Feminist in An Abandoned Amusement Park	2006	1	\N	3	0.99	161	20.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'abandon':19 'amus':20 'astronaut':11 'charad':2 'crocodil':8 'fanci':4 'feminist':16 'must':13 'neighbor':1 'outrac':14 'park':21 'reflect':5
755	SABRINA MIDNIGHT	A Emotional Story of a Squirrel And a Crocodile who must Succumb a Husband in The Sahara Desert	2006	1	\N	5	4.99	99	11.99	PG	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'crocodil':11 'desert':20 'emot':4 'husband':16 'midnight':2 'must':13 'sabrina':1 'sahara':19 'squirrel':8 'stori':5 'succumb':14
259	DUCK RACER	A Lacklusture Yarn of a Teacher And a Squirrel who must Overcome a Dog in A Shark Tank	2006	1	\N	4	2.99	116	15.99	NC-17	2006-02-15 05:03:42	{"Behind the Scenes"}	'dog':16 'duck':1 'lacklustur':4 'must':13 'overcom':14 'racer':2 'shark':19 'squirrel':11 'tank':20 'teacher':8 'yarn':5
383	GROOVE FICTION	A Unbelieveable Reflection of a Moose And a A Shark who must Defeat a Lumberjack in An Abandoned Mine Shaft	2006	1	\N	6	0.99	111	13.99	NC-17	2006-02-15 05:03:42	{"Behind the Scenes"}	'abandon':20 'defeat':15 'fiction':2 'groov':1 'lumberjack':17 'mine':21 'moos':8 'must':14 'reflect':5 'shaft':22 'shark':12 'unbeliev':4
611	MUSKETEERS WAIT	A Touching Yarn of a Student And a Moose who must Fight a Mad Cow in Australia	2006	1	\N	7	4.99	73	17.99	PG	2006-02-15 05:03:42	{"Deleted Scenes","Behind the Scenes"}	'australia':19 'cow':17 'fight':14 'mad':16 'moos':11 'musket':1 'must':13 'student':8 'touch':4 'wait':2 'yarn':5
980	WIZARD COLDBLOODED	A Lacklusture Display of a Robot And a Girl who must Defeat a Sumo Wrestler in A MySQL Convention	2006	1	\N	4	4.99	75	12.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'coldblood':2 'convent':21 'defeat':14 'display':5 'girl':11 'lacklustur':4 'must':13 'mysql':20 'robot':8 'sumo':16 'wizard':1 'wrestler':17
873	SWEETHEARTS SUSPECTS	A Brilliant Character Study of a Frisbee And a Sumo Wrestler who must Confront a Woman in The Gulf of Mexico	2006	1	\N	3	0.99	108	13.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'brilliant':4 'charact':5 'confront':16 'frisbe':9 'gulf':21 'mexico':23 'must':15 'studi':6 'sumo':12 'suspect':2 'sweetheart':1 'woman':18 'wrestler':13
594	MONTEZUMA COMMAND	A Thrilling Reflection of a Waitress And a Butler who must Battle a Butler in A Jet Boat	2006	1	\N	6	0.99	126	22.99	NC-17	2006-02-15 05:03:42	{Trailers}	'battl':14 'boat':20 'butler':11,16 'command':2 'jet':19 'montezuma':1 'must':13 'reflect':5 'thrill':4 'waitress':8
576	MIGHTY LUCK	A Astounding Epistle of a Mad Scientist And a Pioneer who must Escape a Database Administrator in A MySQL Convention	2006	1	\N	7	2.99	122	13.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'administr':18 'astound':4 'convent':22 'databas':17 'epistl':5 'escap':15 'luck':2 'mad':8 'mighti':1 'must':14 'mysql':21 'pioneer':12 'scientist':9
206	DANCING FEVER	A Stunning Story of a Explorer And a Forensic Psychologist who must Face a Crocodile in A Shark Tank	2006	1	\N	6	0.99	144	25.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'crocodil':17 'danc':1 'explor':8 'face':15 'fever':2 'forens':11 'must':14 'psychologist':12 'shark':20 'stori':5 'stun':4 'tank':21
703	PUNK DIVORCE	A Fast-Paced Tale of a Pastry Chef And a Boat who must Face a Frisbee in The Canadian Rockies	2006	1	\N	6	4.99	100	18.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'boat':14 'canadian':22 'chef':11 'divorc':2 'face':17 'fast':5 'fast-pac':4 'frisbe':19 'must':16 'pace':6 'pastri':10 'punk':1 'rocki':23 'tale':7
182	CONTROL ANTHEM	A Fateful Documentary of a Robot And a Student who must Battle a Cat in A Monastery	2006	1	\N	7	4.99	185	9.99	G	2006-02-15 05:03:42	{Commentaries}	'anthem':2 'battl':14 'cat':16 'control':1 'documentari':5 'fate':4 'monasteri':19 'must':13 'robot':8 'student':11
648	OUTLAW HANKY	A Thoughtful Story of a Astronaut And a Composer who must Conquer a Dog in The Sahara Desert	2006	1	\N	7	4.99	148	17.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'astronaut':8 'compos':11 'conquer':14 'desert':20 'dog':16 'hanki':2 'must':13 'outlaw':1 'sahara':19 'stori':5 'thought':4
296	EXPRESS LONELY	A Boring Drama of a Astronaut And a Boat who must Face a Boat in California	2006	1	\N	5	2.99	178	23.99	R	2006-02-15 05:03:42	{Trailers}	'astronaut':8 'boat':11,16 'bore':4 'california':18 'drama':5 'express':1 'face':14 'lone':2 'must':13
181	CONTACT ANONYMOUS	A Insightful Display of a A Shark And a Monkey who must Face a Database Administrator in Ancient India	2006	1	\N	7	2.99	166	10.99	PG-13	2006-02-15 05:03:42	{Commentaries}	'administr':18 'ancient':20 'anonym':2 'contact':1 'databas':17 'display':5 'face':15 'india':21 'insight':4 'monkey':12 'must':14 'shark':9
229	DEVIL DESIRE	A Beautiful Reflection of a Monkey And a Dentist who must Face a Database Administrator in Ancient Japan	2006	1	\N	6	4.99	87	12.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'administr':17 'ancient':19 'beauti':4 'databas':16 'dentist':11 'desir':2 'devil':1 'face':14 'japan':20 'monkey':8 'must':13 'reflect':5
113	CALIFORNIA BIRDS	A Thrilling Yarn of a Database Administrator And a Robot who must Battle a Database Administrator in Ancient India	2006	1	\N	4	4.99	75	19.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes"}	'administr':9,18 'ancient':20 'battl':15 'bird':2 'california':1 'databas':8,17 'india':21 'must':14 'robot':12 'thrill':4 'yarn':5
884	TERMINATOR CLUB	A Touching Story of a Crocodile And a Girl who must Sink a Man in The Gulf of Mexico	2006	1	\N	5	4.99	88	11.99	R	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'club':2 'crocodil':8 'girl':11 'gulf':19 'man':16 'mexico':21 'must':13 'sink':14 'stori':5 'termin':1 'touch':4
971	WHALE BIKINI	A Intrepid Story of a Pastry Chef And a Database Administrator who must Kill a Feminist in A MySQL Convention	2006	1	\N	4	4.99	109	11.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'administr':13 'bikini':2 'chef':9 'convent':22 'databas':12 'feminist':18 'intrepid':4 'kill':16 'must':15 'mysql':21 'pastri':8 'stori':5 'whale':1
848	STONE FIRE	A Intrepid Drama of a Astronaut And a Crocodile who must Find a Boat in Soviet Georgia	2006	1	\N	3	0.99	94	19.99	G	2006-02-15 05:03:42	{Trailers}	'astronaut':8 'boat':16 'crocodil':11 'drama':5 'find':14 'fire':2 'georgia':19 'intrepid':4 'must':13 'soviet':18 'stone':1
48	BACKLASH UNDEFEATED	A Stunning Character Study of a Mad Scientist And a Mad Cow who must Kill a Car in A Monastery	2006	1	\N	3	4.99	118	24.99	PG-13	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'backlash':1 'car':19 'charact':5 'cow':14 'kill':17 'mad':9,13 'monasteri':22 'must':16 'scientist':10 'studi':6 'stun':4 'undef':2
47	BABY HALL	A Boring Character Study of a A Shark And a Girl who must Outrace a Feminist in An Abandoned Mine Shaft	2006	1	\N	5	4.99	153	23.99	NC-17	2006-02-15 05:03:42	{Commentaries}	'abandon':21 'babi':1 'bore':4 'charact':5 'feminist':18 'girl':13 'hall':2 'mine':22 'must':15 'outrac':16 'shaft':23 'shark':10 'studi':6
708	QUILLS BULL	A Thoughtful Story of a Pioneer And a Woman who must Reach a Moose in Australia	2006	1	\N	4	4.99	112	19.99	R	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'australia':18 'bull':2 'moos':16 'must':13 'pioneer':8 'quill':1 'reach':14 'stori':5 'thought':4 'woman':11
853	STRANGER STRANGERS	A Awe-Inspiring Yarn of a Womanizer And a Explorer who must Fight a Woman in The First Manned Space Station	2006	1	\N	3	4.99	139	12.99	G	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'awe':5 'awe-inspir':4 'explor':13 'fight':16 'first':21 'inspir':6 'man':22 'must':15 'space':23 'station':24 'stranger':1,2 'woman':10,18 'yarn':7
928	UPTOWN YOUNG	A Fateful Documentary of a Dog And a Hunter who must Pursue a Teacher in An Abandoned Amusement Park	2006	1	\N	5	2.99	84	16.99	PG	2006-02-15 05:03:42	{Commentaries}	'abandon':19 'amus':20 'documentari':5 'dog':8 'fate':4 'hunter':11 'must':13 'park':21 'pursu':14 'teacher':16 'uptown':1 'young':2
350	GARDEN ISLAND	A Unbelieveable Character Study of a Womanizer And a Madman who must Reach a Man in The Outback	2006	1	\N	3	4.99	80	21.99	G	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'charact':5 'garden':1 'island':2 'madman':12 'man':17 'must':14 'outback':20 'reach':15 'studi':6 'unbeliev':4 'woman':9
881	TEMPLE ATTRACTION	A Action-Packed Saga of a Forensic Psychologist And a Woman who must Battle a Womanizer in Soviet Georgia	2006	1	\N	5	4.99	71	13.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'action':5 'action-pack':4 'attract':2 'battl':17 'forens':10 'georgia':22 'must':16 'pack':6 'psychologist':11 'saga':7 'soviet':21 'templ':1 'woman':14,19
894	TOMATOES HELLFIGHTERS	A Thoughtful Epistle of a Madman And a Astronaut who must Overcome a Monkey in A Shark Tank	2006	1	\N	6	0.99	68	23.99	PG	2006-02-15 05:03:42	{"Behind the Scenes"}	'astronaut':11 'epistl':5 'hellfight':2 'madman':8 'monkey':16 'must':13 'overcom':14 'shark':19 'tank':20 'thought':4 'tomato':1
564	MASSAGE IMAGE	A Fateful Drama of a Frisbee And a Crocodile who must Vanquish a Dog in The First Manned Space Station	2006	1	\N	4	2.99	161	11.99	PG	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'crocodil':11 'dog':16 'drama':5 'fate':4 'first':19 'frisbe':8 'imag':2 'man':20 'massag':1 'must':13 'space':21 'station':22 'vanquish':14
376	GRAPES FURY	A Boring Yarn of a Mad Cow And a Sumo Wrestler who must Meet a Robot in Australia	2006	1	\N	4	0.99	155	20.99	G	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'australia':20 'bore':4 'cow':9 'furi':2 'grape':1 'mad':8 'meet':16 'must':15 'robot':18 'sumo':12 'wrestler':13 'yarn':5
634	ODDS BOOGIE	A Thrilling Yarn of a Feminist And a Madman who must Battle a Hunter in Berlin	2006	1	\N	6	0.99	48	14.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'battl':14 'berlin':18 'boogi':2 'feminist':8 'hunter':16 'madman':11 'must':13 'odd':1 'thrill':4 'yarn':5
989	WORKING MICROCOSMOS	A Stunning Epistle of a Dentist And a Dog who must Kill a Madman in Ancient China	2006	1	\N	4	4.99	74	22.99	R	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'ancient':18 'china':19 'dentist':8 'dog':11 'epistl':5 'kill':14 'madman':16 'microcosmo':2 'must':13 'stun':4 'work':1
214	DAUGHTER MADIGAN	A Beautiful Tale of a Hunter And a Mad Scientist who must Confront a Squirrel in The First Manned Space Station	2006	1	\N	3	4.99	59	13.99	PG-13	2006-02-15 05:03:42	{Trailers}	'beauti':4 'confront':15 'daughter':1 'first':20 'hunter':8 'mad':11 'madigan':2 'man':21 'must':14 'scientist':12 'space':22 'squirrel':17 'station':23 'tale':5
614	NAME DETECTIVE	A Touching Saga of a Sumo Wrestler And a Cat who must Pursue a Mad Scientist in Nigeria	2006	1	\N	5	4.99	178	11.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'cat':12 'detect':2 'mad':17 'must':14 'name':1 'nigeria':20 'pursu':15 'saga':5 'scientist':18 'sumo':8 'touch':4 'wrestler':9
958	WARDROBE PHANTOM	A Action-Packed Display of a Mad Cow And a Astronaut who must Kill a Car in Ancient India	2006	1	\N	6	2.99	178	19.99	G	2006-02-15 05:03:42	{Trailers,Commentaries}	'action':5 'action-pack':4 'ancient':21 'astronaut':14 'car':19 'cow':11 'display':7 'india':22 'kill':17 'mad':10 'must':16 'pack':6 'phantom':2 'wardrob':1
963	WATCH TRACY	A Fast-Paced Yarn of a Dog And a Frisbee who must Conquer a Hunter in Nigeria	2006	1	\N	5	0.99	78	12.99	PG	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'conquer':16 'dog':10 'fast':5 'fast-pac':4 'frisbe':13 'hunter':18 'must':15 'nigeria':20 'pace':6 'traci':2 'watch':1 'yarn':7
198	CRYSTAL BREAKING	A Fast-Paced Character Study of a Feminist And a Explorer who must Face a Pastry Chef in Ancient Japan	2006	1	\N	6	2.99	184	22.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries}	'ancient':22 'break':2 'charact':7 'chef':20 'crystal':1 'explor':14 'face':17 'fast':5 'fast-pac':4 'feminist':11 'japan':23 'must':16 'pace':6 'pastri':19 'studi':8
618	NECKLACE OUTBREAK	A Astounding Epistle of a Database Administrator And a Mad Scientist who must Pursue a Cat in California	2006	1	\N	3	0.99	132	21.99	PG	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'administr':9 'astound':4 'california':20 'cat':18 'databas':8 'epistl':5 'mad':12 'must':15 'necklac':1 'outbreak':2 'pursu':16 'scientist':13
9	ALABAMA DEVIL	A Thoughtful Panorama of a Database Administrator And a Mad Scientist who must Outgun a Mad Scientist in A Jet Boat	2006	1	\N	3	2.99	114	21.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'administr':9 'alabama':1 'boat':23 'databas':8 'devil':2 'jet':22 'mad':12,18 'must':15 'outgun':16 'panorama':5 'scientist':13,19 'thought':4
304	FARGO GANDHI	A Thrilling Reflection of a Pastry Chef And a Crocodile who must Reach a Teacher in The Outback	2006	1	\N	3	2.99	130	28.99	G	2006-02-15 05:03:42	{"Deleted Scenes"}	'chef':9 'crocodil':12 'fargo':1 'gandhi':2 'must':14 'outback':20 'pastri':8 'reach':15 'reflect':5 'teacher':17 'thrill':4
491	JUMPING WRATH	A Touching Epistle of a Monkey And a Feminist who must Discover a Boat in Berlin	2006	1	\N	4	0.99	74	18.99	NC-17	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'berlin':18 'boat':16 'discov':14 'epistl':5 'feminist':11 'jump':1 'monkey':8 'must':13 'touch':4 'wrath':2
706	QUEEN LUKE	A Astounding Story of a Girl And a Boy who must Challenge a Composer in New Orleans	2006	1	\N	5	4.99	163	22.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'astound':4 'boy':11 'challeng':14 'compos':16 'girl':8 'luke':2 'must':13 'new':18 'orlean':19 'queen':1 'stori':5
585	MOB DUFFEL	A Unbelieveable Documentary of a Frisbee And a Boat who must Meet a Boy in The Canadian Rockies	2006	1	\N	4	0.99	105	25.99	G	2006-02-15 05:03:42	{Trailers}	'boat':11 'boy':16 'canadian':19 'documentari':5 'duffel':2 'frisbe':8 'meet':14 'mob':1 'must':13 'rocki':20 'unbeliev':4
291	EVOLUTION ALTER	A Fanciful Character Study of a Feminist And a Madman who must Find a Explorer in A Baloon Factory	2006	1	\N	5	0.99	174	10.99	PG-13	2006-02-15 05:03:42	{"Behind the Scenes"}	'alter':2 'baloon':20 'charact':5 'evolut':1 'explor':17 'factori':21 'fanci':4 'feminist':9 'find':15 'madman':12 'must':14 'studi':6
777	SECRETARY ROUGE	A Action-Packed Panorama of a Mad Cow And a Composer who must Discover a Robot in A Baloon Factory	2006	1	\N	5	4.99	158	10.99	PG	2006-02-15 05:03:42	{Commentaries,"Behind the Scenes"}	'action':5 'action-pack':4 'baloon':22 'compos':14 'cow':11 'discov':17 'factori':23 'mad':10 'must':16 'pack':6 'panorama':7 'robot':19 'roug':2 'secretari':1
639	OPPOSITE NECKLACE	A Fateful Epistle of a Crocodile And a Moose who must Kill a Explorer in Nigeria	2006	1	\N	7	4.99	92	9.99	PG	2006-02-15 05:03:42	{"Deleted Scenes"}	'crocodil':8 'epistl':5 'explor':16 'fate':4 'kill':14 'moos':11 'must':13 'necklac':2 'nigeria':18 'opposit':1
580	MINE TITANS	A Amazing Yarn of a Robot And a Womanizer who must Discover a Forensic Psychologist in Berlin	2006	1	\N	3	4.99	166	12.99	PG-13	2006-02-15 05:03:42	{Trailers,"Deleted Scenes"}	'amaz':4 'berlin':19 'discov':14 'forens':16 'mine':1 'must':13 'psychologist':17 'robot':8 'titan':2 'woman':11 'yarn':5
504	KWAI HOMEWARD	A Amazing Drama of a Car And a Squirrel who must Pursue a Car in Soviet Georgia	2006	1	\N	5	0.99	46	25.99	PG-13	2006-02-15 05:03:42	{Trailers,Commentaries}	'amaz':4 'car':8,16 'drama':5 'georgia':19 'homeward':2 'kwai':1 'must':13 'pursu':14 'soviet':18 'squirrel':11
885	TEXAS WATCH	A Awe-Inspiring Yarn of a Student And a Teacher who must Fight a Teacher in An Abandoned Amusement Park	2006	1	\N	7	0.99	179	22.99	NC-17	2006-02-15 05:03:42	{Trailers}	'abandon':21 'amus':22 'awe':5 'awe-inspir':4 'fight':16 'inspir':6 'must':15 'park':23 'student':10 'teacher':13,18 'texa':1 'watch':2 'yarn':7
112	CALENDAR GUNFIGHT	A Thrilling Drama of a Frisbee And a Lumberjack who must Sink a Man in Nigeria	2006	1	\N	4	4.99	120	22.99	NC-17	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'calendar':1 'drama':5 'frisbe':8 'gunfight':2 'lumberjack':11 'man':16 'must':13 'nigeria':18 'sink':14 'thrill':4
666	PAYCHECK WAIT	A Awe-Inspiring Reflection of a Boy And a Man who must Discover a Moose in The Sahara Desert	2006	1	\N	4	4.99	145	27.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'awe':5 'awe-inspir':4 'boy':10 'desert':22 'discov':16 'inspir':6 'man':13 'moos':18 'must':15 'paycheck':1 'reflect':7 'sahara':21 'wait':2
741	ROMAN PUNK	A Thoughtful Panorama of a Mad Cow And a Student who must Battle a Forensic Psychologist in Berlin	2006	1	\N	7	0.99	81	28.99	NC-17	2006-02-15 05:03:42	{Trailers}	'battl':15 'berlin':20 'cow':9 'forens':17 'mad':8 'must':14 'panorama':5 'psychologist':18 'punk':2 'roman':1 'student':12 'thought':4
415	HIGH ENCINO	A Fateful Saga of a Waitress And a Hunter who must Outrace a Sumo Wrestler in Australia	2006	1	\N	3	2.99	84	23.99	R	2006-02-15 05:03:42	{Trailers,Commentaries,"Behind the Scenes"}	'australia':19 'encino':2 'fate':4 'high':1 'hunter':11 'must':13 'outrac':14 'saga':5 'sumo':16 'waitress':8 'wrestler':17
191	CROOKED FROGMEN	A Unbelieveable Drama of a Hunter And a Database Administrator who must Battle a Crocodile in An Abandoned Amusement Park	2006	1	\N	6	0.99	143	27.99	PG-13	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes","Behind the Scenes"}	'abandon':20 'administr':12 'amus':21 'battl':15 'crocodil':17 'crook':1 'databas':11 'drama':5 'frogmen':2 'hunter':8 'must':14 'park':22 'unbeliev':4
77	BIRDS PERDITION	A Boring Story of a Womanizer And a Pioneer who must Face a Dog in California	2006	1	\N	5	4.99	61	15.99	G	2006-02-15 05:03:42	{Trailers,"Behind the Scenes"}	'bird':1 'bore':4 'california':18 'dog':16 'face':14 'must':13 'perdit':2 'pioneer':11 'stori':5 'woman':8
279	ELIZABETH SHANE	A Lacklusture Display of a Womanizer And a Dog who must Face a Sumo Wrestler in Ancient Japan	2006	1	\N	7	4.99	152	11.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'ancient':19 'display':5 'dog':11 'elizabeth':1 'face':14 'japan':20 'lacklustur':4 'must':13 'shane':2 'sumo':16 'woman':8 'wrestler':17
499	KING EVOLUTION	A Action-Packed Tale of a Boy And a Lumberjack who must Chase a Madman in A Baloon	2006	1	\N	3	4.99	184	24.99	NC-17	2006-02-15 05:03:42	{Trailers,"Deleted Scenes","Behind the Scenes"}	'action':5 'action-pack':4 'baloon':21 'boy':10 'chase':16 'evolut':2 'king':1 'lumberjack':13 'madman':18 'must':15 'pack':6 'tale':7
425	HOLY TADPOLE	A Action-Packed Display of a Feminist And a Pioneer who must Pursue a Dog in A Baloon Factory	2006	1	\N	6	0.99	88	20.99	R	2006-02-15 05:03:42	{"Behind the Scenes"}	'action':5 'action-pack':4 'baloon':21 'display':7 'dog':18 'factori':22 'feminist':10 'holi':1 'must':15 'pack':6 'pioneer':13 'pursu':16 'tadpol':2
681	PIRATES ROXANNE	A Stunning Drama of a Woman And a Lumberjack who must Overcome a A Shark in The Canadian Rockies	2006	1	\N	4	0.99	100	20.99	PG	2006-02-15 05:03:42	{Commentaries,"Deleted Scenes"}	'canadian':20 'drama':5 'lumberjack':11 'must':13 'overcom':14 'pirat':1 'rocki':21 'roxann':2 'shark':17 'stun':4 'woman':8
737	ROCK INSTINCT	A Astounding Character Study of a Robot And a Moose who must Overcome a Astronaut in Ancient India	2006	1	\N	4	0.99	102	28.99	G	2006-02-15 05:03:42	{Trailers,Commentaries,"Deleted Scenes","Behind the Scenes"}	'ancient':19 'astound':4 'astronaut':17 'charact':5 'india':20 'instinct':2 'moos':12 'must':14 'overcom':15 'robot':9 'rock':1 'studi':6
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE film ENABLE TRIGGER ALL;


-- Import data into table: inventory

ALTER TABLE inventory DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: inventory; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.inventory (inventory_id, film_id, store_id, last_update) FROM stdin;
854	188	1	2006-02-15 05:09:17
1862	406	2	2006-02-15 05:09:17
2550	559	2	2006-02-15 05:09:17
3528	772	1	2006-02-15 05:09:17
4452	973	1	2006-02-15 05:09:17
3998	870	2	2006-02-15 05:09:17
1361	300	2	2006-02-15 05:09:17
967	215	2	2006-02-15 05:09:17
1987	433	1	2006-02-15 05:09:17
789	172	2	2006-02-15 05:09:17
81	17	1	2006-02-15 05:09:17
1311	289	1	2006-02-15 05:09:17
600	131	1	2006-02-15 05:09:17
4325	942	1	2006-02-15 05:09:17
1435	314	1	2006-02-15 05:09:17
144	30	1	2006-02-15 05:09:17
1267	281	1	2006-02-15 05:09:17
1816	395	1	2006-02-15 05:09:17
835	183	1	2006-02-15 05:09:17
1610	352	2	2006-02-15 05:09:17
3719	813	2	2006-02-15 05:09:17
3512	768	2	2006-02-15 05:09:17
4125	897	1	2006-02-15 05:09:17
4425	967	2	2006-02-15 05:09:17
3376	741	1	2006-02-15 05:09:17
4276	930	2	2006-02-15 05:09:17
2202	476	2	2006-02-15 05:09:17
4030	878	2	2006-02-15 05:09:17
2365	514	2	2006-02-15 05:09:17
2338	508	2	2006-02-15 05:09:17
3048	668	2	2006-02-15 05:09:17
488	109	1	2006-02-15 05:09:17
4493	981	2	2006-02-15 05:09:17
985	220	1	2006-02-15 05:09:17
840	184	1	2006-02-15 05:09:17
399	89	1	2006-02-15 05:09:17
1012	227	1	2006-02-15 05:09:17
3674	804	1	2006-02-15 05:09:17
3694	808	2	2006-02-15 05:09:17
984	219	1	2006-02-15 05:09:17
149	31	1	2006-02-15 05:09:17
3626	791	2	2006-02-15 05:09:17
4490	981	1	2006-02-15 05:09:17
1797	391	1	2006-02-15 05:09:17
988	220	1	2006-02-15 05:09:17
2680	588	2	2006-02-15 05:09:17
3992	870	1	2006-02-15 05:09:17
3933	857	2	2006-02-15 05:09:17
3206	704	2	2006-02-15 05:09:17
2687	590	1	2006-02-15 05:09:17
3744	819	1	2006-02-15 05:09:17
3169	696	2	2006-02-15 05:09:17
3989	869	2	2006-02-15 05:09:17
4226	919	1	2006-02-15 05:09:17
4378	956	1	2006-02-15 05:09:17
1273	282	1	2006-02-15 05:09:17
4557	995	1	2006-02-15 05:09:17
2205	477	2	2006-02-15 05:09:17
135	27	1	2006-02-15 05:09:17
3039	666	2	2006-02-15 05:09:17
311	69	2	2006-02-15 05:09:17
489	109	2	2006-02-15 05:09:17
4580	1000	2	2006-02-15 05:09:17
1538	336	2	2006-02-15 05:09:17
4151	901	2	2006-02-15 05:09:17
4235	921	1	2006-02-15 05:09:17
2827	620	2	2006-02-15 05:09:17
1687	367	2	2006-02-15 05:09:17
115	23	1	2006-02-15 05:09:17
4528	988	2	2006-02-15 05:09:17
1688	368	1	2006-02-15 05:09:17
990	220	2	2006-02-15 05:09:17
4364	951	2	2006-02-15 05:09:17
4097	892	2	2006-02-15 05:09:17
2031	442	1	2006-02-15 05:09:17
3796	831	1	2006-02-15 05:09:17
970	216	1	2006-02-15 05:09:17
4208	915	1	2006-02-15 05:09:17
2987	655	1	2006-02-15 05:09:17
1818	395	1	2006-02-15 05:09:17
2490	546	2	2006-02-15 05:09:17
3181	698	1	2006-02-15 05:09:17
367	80	1	2006-02-15 05:09:17
2608	572	2	2006-02-15 05:09:17
3941	859	1	2006-02-15 05:09:17
4049	881	2	2006-02-15 05:09:17
3909	853	1	2006-02-15 05:09:17
2438	532	2	2006-02-15 05:09:17
1802	391	2	2006-02-15 05:09:17
3679	805	1	2006-02-15 05:09:17
1820	395	2	2006-02-15 05:09:17
1065	237	1	2006-02-15 05:09:17
3370	739	2	2006-02-15 05:09:17
4279	931	2	2006-02-15 05:09:17
355	78	2	2006-02-15 05:09:17
1909	415	2	2006-02-15 05:09:17
2206	477	2	2006-02-15 05:09:17
1974	430	2	2006-02-15 05:09:17
189	43	1	2006-02-15 05:09:17
2754	604	2	2006-02-15 05:09:17
3852	843	2	2006-02-15 05:09:17
479	105	2	2006-02-15 05:09:17
1615	353	1	2006-02-15 05:09:17
1592	349	1	2006-02-15 05:09:17
1456	319	2	2006-02-15 05:09:17
2668	586	1	2006-02-15 05:09:17
1806	392	1	2006-02-15 05:09:17
2523	554	2	2006-02-15 05:09:17
3492	765	1	2006-02-15 05:09:17
2630	577	1	2006-02-15 05:09:17
4263	927	1	2006-02-15 05:09:17
3380	741	2	2006-02-15 05:09:17
4187	911	2	2006-02-15 05:09:17
944	209	1	2006-02-15 05:09:17
3340	734	2	2006-02-15 05:09:17
1050	234	1	2006-02-15 05:09:17
4465	975	2	2006-02-15 05:09:17
4366	952	1	2006-02-15 05:09:17
126	25	1	2006-02-15 05:09:17
509	113	2	2006-02-15 05:09:17
4424	967	1	2006-02-15 05:09:17
332	73	2	2006-02-15 05:09:17
1600	350	2	2006-02-15 05:09:17
3403	746	2	2006-02-15 05:09:17
61	12	1	2006-02-15 05:09:17
2278	493	2	2006-02-15 05:09:17
4278	931	2	2006-02-15 05:09:17
4430	969	1	2006-02-15 05:09:17
864	190	2	2006-02-15 05:09:17
3775	827	1	2006-02-15 05:09:17
1232	273	1	2006-02-15 05:09:17
407	90	1	2006-02-15 05:09:17
658	142	2	2006-02-15 05:09:17
1510	330	1	2006-02-15 05:09:17
116	23	1	2006-02-15 05:09:17
4051	881	2	2006-02-15 05:09:17
3745	819	1	2006-02-15 05:09:17
45	9	2	2006-02-15 05:09:17
3425	750	1	2006-02-15 05:09:17
1346	296	1	2006-02-15 05:09:17
553	120	1	2006-02-15 05:09:17
3064	673	2	2006-02-15 05:09:17
2525	555	1	2006-02-15 05:09:17
3010	661	1	2006-02-15 05:09:17
231	51	2	2006-02-15 05:09:17
228	51	1	2006-02-15 05:09:17
2400	524	2	2006-02-15 05:09:17
4541	991	2	2006-02-15 05:09:17
3120	686	1	2006-02-15 05:09:17
751	164	2	2006-02-15 05:09:17
2209	478	1	2006-02-15 05:09:17
2799	614	2	2006-02-15 05:09:17
2696	592	1	2006-02-15 05:09:17
3374	740	2	2006-02-15 05:09:17
3906	852	2	2006-02-15 05:09:17
3591	785	1	2006-02-15 05:09:17
899	200	1	2006-02-15 05:09:17
3202	704	1	2006-02-15 05:09:17
3848	843	1	2006-02-15 05:09:17
572	124	2	2006-02-15 05:09:17
2581	566	1	2006-02-15 05:09:17
3810	834	2	2006-02-15 05:09:17
3699	809	2	2006-02-15 05:09:17
3184	698	2	2006-02-15 05:09:17
4559	995	1	2006-02-15 05:09:17
2713	595	2	2006-02-15 05:09:17
508	113	2	2006-02-15 05:09:17
3224	708	1	2006-02-15 05:09:17
2540	557	1	2006-02-15 05:09:17
4246	923	2	2006-02-15 05:09:17
3395	745	1	2006-02-15 05:09:17
2789	611	2	2006-02-15 05:09:17
2098	455	1	2006-02-15 05:09:17
4154	902	1	2006-02-15 05:09:17
718	157	2	2006-02-15 05:09:17
4262	927	1	2006-02-15 05:09:17
3213	706	2	2006-02-15 05:09:17
1923	418	1	2006-02-15 05:09:17
640	139	1	2006-02-15 05:09:17
3930	857	1	2006-02-15 05:09:17
3232	709	2	2006-02-15 05:09:17
2405	525	1	2006-02-15 05:09:17
3952	862	1	2006-02-15 05:09:17
1935	420	2	2006-02-15 05:09:17
568	123	1	2006-02-15 05:09:17
3391	744	2	2006-02-15 05:09:17
4089	891	1	2006-02-15 05:09:17
513	114	1	2006-02-15 05:09:17
273	61	1	2006-02-15 05:09:17
1334	294	2	2006-02-15 05:09:17
1485	326	1	2006-02-15 05:09:17
5	1	2	2006-02-15 05:09:17
2475	542	1	2006-02-15 05:09:17
2591	569	1	2006-02-15 05:09:17
1260	280	1	2006-02-15 05:09:17
3743	818	2	2006-02-15 05:09:17
4063	886	1	2006-02-15 05:09:17
3635	793	1	2006-02-15 05:09:17
2547	559	1	2006-02-15 05:09:17
1949	424	2	2006-02-15 05:09:17
1535	336	1	2006-02-15 05:09:17
569	123	2	2006-02-15 05:09:17
1193	266	1	2006-02-15 05:09:17
4046	880	2	2006-02-15 05:09:17
1454	319	1	2006-02-15 05:09:17
4501	982	2	2006-02-15 05:09:17
4057	883	2	2006-02-15 05:09:17
3214	706	2	2006-02-15 05:09:17
4211	915	2	2006-02-15 05:09:17
1023	229	1	2006-02-15 05:09:17
3346	735	2	2006-02-15 05:09:17
730	159	2	2006-02-15 05:09:17
478	105	2	2006-02-15 05:09:17
2519	554	1	2006-02-15 05:09:17
1350	298	1	2006-02-15 05:09:17
599	130	2	2006-02-15 05:09:17
3259	717	1	2006-02-15 05:09:17
4401	962	1	2006-02-15 05:09:17
948	211	1	2006-02-15 05:09:17
2840	623	2	2006-02-15 05:09:17
916	204	1	2006-02-15 05:09:17
3429	752	2	2006-02-15 05:09:17
3041	667	1	2006-02-15 05:09:17
2535	556	2	2006-02-15 05:09:17
2074	450	1	2006-02-15 05:09:17
946	210	2	2006-02-15 05:09:17
1310	289	1	2006-02-15 05:09:17
3175	697	1	2006-02-15 05:09:17
1858	405	2	2006-02-15 05:09:17
2060	447	1	2006-02-15 05:09:17
723	158	2	2006-02-15 05:09:17
3741	818	1	2006-02-15 05:09:17
3678	804	2	2006-02-15 05:09:17
263	58	2	2006-02-15 05:09:17
3290	724	2	2006-02-15 05:09:17
243	55	1	2006-02-15 05:09:17
660	143	1	2006-02-15 05:09:17
3135	689	1	2006-02-15 05:09:17
1265	280	2	2006-02-15 05:09:17
4358	949	2	2006-02-15 05:09:17
2428	530	1	2006-02-15 05:09:17
2518	554	1	2006-02-15 05:09:17
4254	925	1	2006-02-15 05:09:17
319	71	2	2006-02-15 05:09:17
1766	383	1	2006-02-15 05:09:17
3556	777	2	2006-02-15 05:09:17
3751	820	2	2006-02-15 05:09:17
1249	276	1	2006-02-15 05:09:17
410	90	2	2006-02-15 05:09:17
707	154	2	2006-02-15 05:09:17
3707	811	1	2006-02-15 05:09:17
3015	662	1	2006-02-15 05:09:17
4124	896	2	2006-02-15 05:09:17
409	90	2	2006-02-15 05:09:17
3985	869	1	2006-02-15 05:09:17
3868	846	1	2006-02-15 05:09:17
3079	677	1	2006-02-15 05:09:17
3271	720	2	2006-02-15 05:09:17
2329	506	1	2006-02-15 05:09:17
539	118	1	2006-02-15 05:09:17
2041	444	1	2006-02-15 05:09:17
1756	381	2	2006-02-15 05:09:17
923	205	1	2006-02-15 05:09:17
1448	317	1	2006-02-15 05:09:17
4255	925	1	2006-02-15 05:09:17
759	166	1	2006-02-15 05:09:17
4391	959	1	2006-02-15 05:09:17
3231	709	2	2006-02-15 05:09:17
1958	427	1	2006-02-15 05:09:17
4024	877	1	2006-02-15 05:09:17
437	97	1	2006-02-15 05:09:17
3709	811	1	2006-02-15 05:09:17
2833	621	2	2006-02-15 05:09:17
4095	892	1	2006-02-15 05:09:17
4354	949	1	2006-02-15 05:09:17
1467	321	1	2006-02-15 05:09:17
699	153	1	2006-02-15 05:09:17
3093	680	1	2006-02-15 05:09:17
643	139	2	2006-02-15 05:09:17
1280	283	1	2006-02-15 05:09:17
3533	773	1	2006-02-15 05:09:17
3195	702	1	2006-02-15 05:09:17
2607	572	1	2006-02-15 05:09:17
1368	301	2	2006-02-15 05:09:17
3237	710	2	2006-02-15 05:09:17
239	54	1	2006-02-15 05:09:17
3966	864	1	2006-02-15 05:09:17
3004	659	2	2006-02-15 05:09:17
3704	810	2	2006-02-15 05:09:17
3468	760	2	2006-02-15 05:09:17
2828	621	1	2006-02-15 05:09:17
2731	599	1	2006-02-15 05:09:17
1710	373	1	2006-02-15 05:09:17
4548	993	1	2006-02-15 05:09:17
3054	670	2	2006-02-15 05:09:17
1845	402	1	2006-02-15 05:09:17
3158	693	2	2006-02-15 05:09:17
1573	345	2	2006-02-15 05:09:17
3710	812	1	2006-02-15 05:09:17
3300	726	2	2006-02-15 05:09:17
392	86	2	2006-02-15 05:09:17
3914	854	2	2006-02-15 05:09:17
1276	282	2	2006-02-15 05:09:17
3643	795	1	2006-02-15 05:09:17
4422	967	1	2006-02-15 05:09:17
2792	613	1	2006-02-15 05:09:17
3484	764	1	2006-02-15 05:09:17
3025	664	2	2006-02-15 05:09:17
1285	284	2	2006-02-15 05:09:17
3182	698	1	2006-02-15 05:09:17
3782	828	2	2006-02-15 05:09:17
4087	891	1	2006-02-15 05:09:17
1672	365	2	2006-02-15 05:09:17
4056	883	2	2006-02-15 05:09:17
3416	748	2	2006-02-15 05:09:17
1198	266	2	2006-02-15 05:09:17
1190	265	1	2006-02-15 05:09:17
322	72	1	2006-02-15 05:09:17
2488	545	2	2006-02-15 05:09:17
142	29	1	2006-02-15 05:09:17
1540	337	1	2006-02-15 05:09:17
3935	858	2	2006-02-15 05:09:17
2814	618	2	2006-02-15 05:09:17
1266	281	1	2006-02-15 05:09:17
590	129	1	2006-02-15 05:09:17
1943	423	1	2006-02-15 05:09:17
1236	273	2	2006-02-15 05:09:17
1254	277	1	2006-02-15 05:09:17
1	1	1	2006-02-15 05:09:17
2527	555	1	2006-02-15 05:09:17
4511	985	1	2006-02-15 05:09:17
919	204	1	2006-02-15 05:09:17
4150	901	2	2006-02-15 05:09:17
2032	443	1	2006-02-15 05:09:17
911	202	1	2006-02-15 05:09:17
3983	868	1	2006-02-15 05:09:17
444	98	1	2006-02-15 05:09:17
953	212	2	2006-02-15 05:09:17
3749	820	1	2006-02-15 05:09:17
2977	652	1	2006-02-15 05:09:17
2642	579	2	2006-02-15 05:09:17
4431	969	1	2006-02-15 05:09:17
1545	338	2	2006-02-15 05:09:17
961	214	2	2006-02-15 05:09:17
3045	668	1	2006-02-15 05:09:17
3776	827	1	2006-02-15 05:09:17
888	197	1	2006-02-15 05:09:17
335	74	1	2006-02-15 05:09:17
1263	280	1	2006-02-15 05:09:17
4193	912	2	2006-02-15 05:09:17
4282	932	1	2006-02-15 05:09:17
2312	502	1	2006-02-15 05:09:17
465	103	1	2006-02-15 05:09:17
3691	807	1	2006-02-15 05:09:17
2898	637	2	2006-02-15 05:09:17
3306	728	1	2006-02-15 05:09:17
435	96	1	2006-02-15 05:09:17
1961	428	1	2006-02-15 05:09:17
3028	665	1	2006-02-15 05:09:17
1682	367	1	2006-02-15 05:09:17
3978	867	1	2006-02-15 05:09:17
1057	235	2	2006-02-15 05:09:17
3818	835	2	2006-02-15 05:09:17
3764	823	2	2006-02-15 05:09:17
2223	481	1	2006-02-15 05:09:17
3887	849	2	2006-02-15 05:09:17
4324	942	1	2006-02-15 05:09:17
4546	992	2	2006-02-15 05:09:17
3240	711	2	2006-02-15 05:09:17
1136	252	1	2006-02-15 05:09:17
3936	858	2	2006-02-15 05:09:17
2739	601	1	2006-02-15 05:09:17
348	77	1	2006-02-15 05:09:17
517	114	2	2006-02-15 05:09:17
663	143	2	2006-02-15 05:09:17
4322	941	2	2006-02-15 05:09:17
1587	348	2	2006-02-15 05:09:17
4347	948	1	2006-02-15 05:09:17
285	64	2	2006-02-15 05:09:17
1819	395	2	2006-02-15 05:09:17
2163	467	2	2006-02-15 05:09:17
3859	845	1	2006-02-15 05:09:17
1641	358	1	2006-02-15 05:09:17
1744	379	2	2006-02-15 05:09:17
3861	845	1	2006-02-15 05:09:17
1849	403	1	2006-02-15 05:09:17
629	137	2	2006-02-15 05:09:17
1100	244	2	2006-02-15 05:09:17
1183	263	2	2006-02-15 05:09:17
3607	788	2	2006-02-15 05:09:17
3057	672	1	2006-02-15 05:09:17
3837	841	1	2006-02-15 05:09:17
4230	920	1	2006-02-15 05:09:17
2708	595	1	2006-02-15 05:09:17
1102	245	1	2006-02-15 05:09:17
3672	804	1	2006-02-15 05:09:17
226	50	2	2006-02-15 05:09:17
889	199	1	2006-02-15 05:09:17
744	162	2	2006-02-15 05:09:17
983	219	1	2006-02-15 05:09:17
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE inventory ENABLE TRIGGER ALL;


-- Import data into table: film_actor

ALTER TABLE film_actor DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: film_actor; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.film_actor (actor_id, film_id, last_update) FROM stdin;
132	81	2006-02-15 05:05:03
132	82	2006-02-15 05:05:03
132	133	2006-02-15 05:05:03
132	156	2006-02-15 05:05:03
132	162	2006-02-15 05:05:03
132	311	2006-02-15 05:05:03
132	345	2006-02-15 05:05:03
132	377	2006-02-15 05:05:03
132	410	2006-02-15 05:05:03
132	538	2006-02-15 05:05:03
132	562	2006-02-15 05:05:03
132	586	2006-02-15 05:05:03
132	626	2006-02-15 05:05:03
132	637	2006-02-15 05:05:03
132	698	2006-02-15 05:05:03
132	756	2006-02-15 05:05:03
132	806	2006-02-15 05:05:03
132	897	2006-02-15 05:05:03
132	899	2006-02-15 05:05:03
132	904	2006-02-15 05:05:03
132	930	2006-02-15 05:05:03
132	987	2006-02-15 05:05:03
188	1	2006-02-15 05:05:03
188	10	2006-02-15 05:05:03
188	14	2006-02-15 05:05:03
188	51	2006-02-15 05:05:03
188	102	2006-02-15 05:05:03
188	111	2006-02-15 05:05:03
188	146	2006-02-15 05:05:03
188	206	2006-02-15 05:05:03
188	223	2006-02-15 05:05:03
188	289	2006-02-15 05:05:03
188	311	2006-02-15 05:05:03
188	322	2006-02-15 05:05:03
188	338	2006-02-15 05:05:03
188	396	2006-02-15 05:05:03
188	412	2006-02-15 05:05:03
188	506	2006-02-15 05:05:03
188	517	2006-02-15 05:05:03
188	529	2006-02-15 05:05:03
188	566	2006-02-15 05:05:03
188	593	2006-02-15 05:05:03
188	606	2006-02-15 05:05:03
188	662	2006-02-15 05:05:03
188	770	2006-02-15 05:05:03
188	773	2006-02-15 05:05:03
188	774	2006-02-15 05:05:03
188	815	2006-02-15 05:05:03
188	849	2006-02-15 05:05:03
188	925	2006-02-15 05:05:03
188	988	2006-02-15 05:05:03
188	989	2006-02-15 05:05:03
4	23	2006-02-15 05:05:03
4	25	2006-02-15 05:05:03
4	56	2006-02-15 05:05:03
4	62	2006-02-15 05:05:03
4	79	2006-02-15 05:05:03
4	87	2006-02-15 05:05:03
4	355	2006-02-15 05:05:03
4	379	2006-02-15 05:05:03
4	398	2006-02-15 05:05:03
4	463	2006-02-15 05:05:03
4	490	2006-02-15 05:05:03
4	616	2006-02-15 05:05:03
4	635	2006-02-15 05:05:03
4	691	2006-02-15 05:05:03
4	712	2006-02-15 05:05:03
4	714	2006-02-15 05:05:03
4	721	2006-02-15 05:05:03
4	798	2006-02-15 05:05:03
4	832	2006-02-15 05:05:03
4	858	2006-02-15 05:05:03
4	909	2006-02-15 05:05:03
4	924	2006-02-15 05:05:03
122	22	2006-02-15 05:05:03
122	29	2006-02-15 05:05:03
122	76	2006-02-15 05:05:03
122	83	2006-02-15 05:05:03
122	157	2006-02-15 05:05:03
122	158	2006-02-15 05:05:03
122	166	2006-02-15 05:05:03
122	227	2006-02-15 05:05:03
122	238	2006-02-15 05:05:03
122	300	2006-02-15 05:05:03
122	307	2006-02-15 05:05:03
122	363	2006-02-15 05:05:03
122	470	2006-02-15 05:05:03
122	489	2006-02-15 05:05:03
122	491	2006-02-15 05:05:03
122	542	2006-02-15 05:05:03
122	620	2006-02-15 05:05:03
122	649	2006-02-15 05:05:03
122	654	2006-02-15 05:05:03
122	673	2006-02-15 05:05:03
122	718	2006-02-15 05:05:03
122	795	2006-02-15 05:05:03
122	957	2006-02-15 05:05:03
122	961	2006-02-15 05:05:03
122	998	2006-02-15 05:05:03
46	38	2006-02-15 05:05:03
46	51	2006-02-15 05:05:03
46	174	2006-02-15 05:05:03
46	254	2006-02-15 05:05:03
46	296	2006-02-15 05:05:03
46	319	2006-02-15 05:05:03
46	407	2006-02-15 05:05:03
46	448	2006-02-15 05:05:03
46	456	2006-02-15 05:05:03
46	463	2006-02-15 05:05:03
46	478	2006-02-15 05:05:03
46	538	2006-02-15 05:05:03
46	540	2006-02-15 05:05:03
46	567	2006-02-15 05:05:03
46	731	2006-02-15 05:05:03
46	766	2006-02-15 05:05:03
46	768	2006-02-15 05:05:03
46	820	2006-02-15 05:05:03
46	829	2006-02-15 05:05:03
46	830	2006-02-15 05:05:03
46	836	2006-02-15 05:05:03
46	889	2006-02-15 05:05:03
46	980	2006-02-15 05:05:03
46	991	2006-02-15 05:05:03
141	43	2006-02-15 05:05:03
141	67	2006-02-15 05:05:03
141	188	2006-02-15 05:05:03
141	191	2006-02-15 05:05:03
141	207	2006-02-15 05:05:03
141	223	2006-02-15 05:05:03
141	341	2006-02-15 05:05:03
141	358	2006-02-15 05:05:03
141	380	2006-02-15 05:05:03
141	395	2006-02-15 05:05:03
141	467	2006-02-15 05:05:03
141	491	2006-02-15 05:05:03
141	589	2006-02-15 05:05:03
141	607	2006-02-15 05:05:03
141	673	2006-02-15 05:05:03
141	740	2006-02-15 05:05:03
141	752	2006-02-15 05:05:03
141	768	2006-02-15 05:05:03
141	772	2006-02-15 05:05:03
141	787	2006-02-15 05:05:03
141	821	2006-02-15 05:05:03
141	829	2006-02-15 05:05:03
141	840	2006-02-15 05:05:03
141	849	2006-02-15 05:05:03
141	862	2006-02-15 05:05:03
141	863	2006-02-15 05:05:03
141	909	2006-02-15 05:05:03
141	992	2006-02-15 05:05:03
179	24	2006-02-15 05:05:03
179	27	2006-02-15 05:05:03
179	65	2006-02-15 05:05:03
179	85	2006-02-15 05:05:03
179	109	2006-02-15 05:05:03
179	131	2006-02-15 05:05:03
179	159	2006-02-15 05:05:03
179	193	2006-02-15 05:05:03
179	250	2006-02-15 05:05:03
179	291	2006-02-15 05:05:03
179	353	2006-02-15 05:05:03
179	415	2006-02-15 05:05:03
179	463	2006-02-15 05:05:03
179	468	2006-02-15 05:05:03
179	489	2006-02-15 05:05:03
179	566	2006-02-15 05:05:03
179	588	2006-02-15 05:05:03
179	650	2006-02-15 05:05:03
179	698	2006-02-15 05:05:03
179	732	2006-02-15 05:05:03
179	737	2006-02-15 05:05:03
179	769	2006-02-15 05:05:03
179	811	2006-02-15 05:05:03
179	817	2006-02-15 05:05:03
179	852	2006-02-15 05:05:03
179	924	2006-02-15 05:05:03
179	931	2006-02-15 05:05:03
179	960	2006-02-15 05:05:03
179	976	2006-02-15 05:05:03
73	36	2006-02-15 05:05:03
73	45	2006-02-15 05:05:03
73	51	2006-02-15 05:05:03
73	77	2006-02-15 05:05:03
73	148	2006-02-15 05:05:03
73	245	2006-02-15 05:05:03
73	275	2006-02-15 05:05:03
73	322	2006-02-15 05:05:03
73	374	2006-02-15 05:05:03
73	379	2006-02-15 05:05:03
73	467	2006-02-15 05:05:03
73	548	2006-02-15 05:05:03
73	561	2006-02-15 05:05:03
73	562	2006-02-15 05:05:03
73	565	2006-02-15 05:05:03
73	627	2006-02-15 05:05:03
73	666	2006-02-15 05:05:03
73	667	2006-02-15 05:05:03
73	707	2006-02-15 05:05:03
73	748	2006-02-15 05:05:03
73	772	2006-02-15 05:05:03
73	823	2006-02-15 05:05:03
73	936	2006-02-15 05:05:03
73	946	2006-02-15 05:05:03
73	950	2006-02-15 05:05:03
73	998	2006-02-15 05:05:03
142	10	2006-02-15 05:05:03
142	18	2006-02-15 05:05:03
142	107	2006-02-15 05:05:03
142	139	2006-02-15 05:05:03
142	186	2006-02-15 05:05:03
142	199	2006-02-15 05:05:03
142	248	2006-02-15 05:05:03
142	328	2006-02-15 05:05:03
142	350	2006-02-15 05:05:03
142	371	2006-02-15 05:05:03
142	470	2006-02-15 05:05:03
142	481	2006-02-15 05:05:03
142	494	2006-02-15 05:05:03
142	501	2006-02-15 05:05:03
142	504	2006-02-15 05:05:03
142	540	2006-02-15 05:05:03
142	554	2006-02-15 05:05:03
142	575	2006-02-15 05:05:03
142	608	2006-02-15 05:05:03
142	710	2006-02-15 05:05:03
142	712	2006-02-15 05:05:03
142	735	2006-02-15 05:05:03
142	759	2006-02-15 05:05:03
142	794	2006-02-15 05:05:03
142	842	2006-02-15 05:05:03
142	859	2006-02-15 05:05:03
142	863	2006-02-15 05:05:03
142	875	2006-02-15 05:05:03
142	906	2006-02-15 05:05:03
142	914	2006-02-15 05:05:03
142	999	2006-02-15 05:05:03
82	17	2006-02-15 05:05:03
82	33	2006-02-15 05:05:03
82	104	2006-02-15 05:05:03
82	143	2006-02-15 05:05:03
82	188	2006-02-15 05:05:03
82	242	2006-02-15 05:05:03
82	247	2006-02-15 05:05:03
82	290	2006-02-15 05:05:03
82	306	2006-02-15 05:05:03
82	316	2006-02-15 05:05:03
82	344	2006-02-15 05:05:03
82	453	2006-02-15 05:05:03
82	468	2006-02-15 05:05:03
82	480	2006-02-15 05:05:03
82	497	2006-02-15 05:05:03
82	503	2006-02-15 05:05:03
82	527	2006-02-15 05:05:03
82	551	2006-02-15 05:05:03
82	561	2006-02-15 05:05:03
82	750	2006-02-15 05:05:03
82	787	2006-02-15 05:05:03
82	802	2006-02-15 05:05:03
82	838	2006-02-15 05:05:03
82	839	2006-02-15 05:05:03
82	870	2006-02-15 05:05:03
82	877	2006-02-15 05:05:03
82	893	2006-02-15 05:05:03
82	911	2006-02-15 05:05:03
82	954	2006-02-15 05:05:03
82	978	2006-02-15 05:05:03
82	985	2006-02-15 05:05:03
29	10	2006-02-15 05:05:03
29	79	2006-02-15 05:05:03
29	105	2006-02-15 05:05:03
29	110	2006-02-15 05:05:03
29	131	2006-02-15 05:05:03
29	133	2006-02-15 05:05:03
29	172	2006-02-15 05:05:03
29	226	2006-02-15 05:05:03
29	273	2006-02-15 05:05:03
29	282	2006-02-15 05:05:03
29	296	2006-02-15 05:05:03
29	311	2006-02-15 05:05:03
29	335	2006-02-15 05:05:03
29	342	2006-02-15 05:05:03
29	436	2006-02-15 05:05:03
29	444	2006-02-15 05:05:03
29	449	2006-02-15 05:05:03
29	462	2006-02-15 05:05:03
29	482	2006-02-15 05:05:03
29	488	2006-02-15 05:05:03
29	519	2006-02-15 05:05:03
29	547	2006-02-15 05:05:03
29	590	2006-02-15 05:05:03
29	646	2006-02-15 05:05:03
29	723	2006-02-15 05:05:03
29	812	2006-02-15 05:05:03
29	862	2006-02-15 05:05:03
29	928	2006-02-15 05:05:03
29	944	2006-02-15 05:05:03
88	4	2006-02-15 05:05:03
88	76	2006-02-15 05:05:03
88	87	2006-02-15 05:05:03
88	128	2006-02-15 05:05:03
88	170	2006-02-15 05:05:03
88	193	2006-02-15 05:05:03
88	234	2006-02-15 05:05:03
88	304	2006-02-15 05:05:03
88	602	2006-02-15 05:05:03
88	620	2006-02-15 05:05:03
88	668	2006-02-15 05:05:03
88	717	2006-02-15 05:05:03
88	785	2006-02-15 05:05:03
88	819	2006-02-15 05:05:03
88	839	2006-02-15 05:05:03
88	881	2006-02-15 05:05:03
88	908	2006-02-15 05:05:03
88	929	2006-02-15 05:05:03
88	940	2006-02-15 05:05:03
88	968	2006-02-15 05:05:03
70	50	2006-02-15 05:05:03
70	53	2006-02-15 05:05:03
70	92	2006-02-15 05:05:03
70	202	2006-02-15 05:05:03
70	227	2006-02-15 05:05:03
70	249	2006-02-15 05:05:03
70	290	2006-02-15 05:05:03
70	304	2006-02-15 05:05:03
70	343	2006-02-15 05:05:03
70	414	2006-02-15 05:05:03
70	453	2006-02-15 05:05:03
70	466	2006-02-15 05:05:03
70	504	2006-02-15 05:05:03
70	584	2006-02-15 05:05:03
70	628	2006-02-15 05:05:03
70	654	2006-02-15 05:05:03
70	725	2006-02-15 05:05:03
70	823	2006-02-15 05:05:03
70	834	2006-02-15 05:05:03
70	856	2006-02-15 05:05:03
70	869	2006-02-15 05:05:03
70	953	2006-02-15 05:05:03
70	964	2006-02-15 05:05:03
79	32	2006-02-15 05:05:03
79	33	2006-02-15 05:05:03
79	40	2006-02-15 05:05:03
79	141	2006-02-15 05:05:03
79	205	2006-02-15 05:05:03
79	230	2006-02-15 05:05:03
79	242	2006-02-15 05:05:03
79	262	2006-02-15 05:05:03
79	267	2006-02-15 05:05:03
79	269	2006-02-15 05:05:03
79	299	2006-02-15 05:05:03
79	367	2006-02-15 05:05:03
79	428	2006-02-15 05:05:03
79	430	2006-02-15 05:05:03
79	473	2006-02-15 05:05:03
79	607	2006-02-15 05:05:03
79	628	2006-02-15 05:05:03
79	634	2006-02-15 05:05:03
79	646	2006-02-15 05:05:03
79	727	2006-02-15 05:05:03
79	750	2006-02-15 05:05:03
79	753	2006-02-15 05:05:03
79	769	2006-02-15 05:05:03
79	776	2006-02-15 05:05:03
79	788	2006-02-15 05:05:03
79	840	2006-02-15 05:05:03
79	853	2006-02-15 05:05:03
79	916	2006-02-15 05:05:03
25	21	2006-02-15 05:05:03
25	86	2006-02-15 05:05:03
25	153	2006-02-15 05:05:03
25	179	2006-02-15 05:05:03
25	204	2006-02-15 05:05:03
25	213	2006-02-15 05:05:03
25	226	2006-02-15 05:05:03
25	245	2006-02-15 05:05:03
25	311	2006-02-15 05:05:03
25	404	2006-02-15 05:05:03
25	411	2006-02-15 05:05:03
25	420	2006-02-15 05:05:03
25	538	2006-02-15 05:05:03
25	564	2006-02-15 05:05:03
25	583	2006-02-15 05:05:03
25	606	2006-02-15 05:05:03
25	688	2006-02-15 05:05:03
25	697	2006-02-15 05:05:03
25	755	2006-02-15 05:05:03
25	871	2006-02-15 05:05:03
25	914	2006-02-15 05:05:03
145	39	2006-02-15 05:05:03
145	109	2006-02-15 05:05:03
145	120	2006-02-15 05:05:03
145	154	2006-02-15 05:05:03
145	155	2006-02-15 05:05:03
145	243	2006-02-15 05:05:03
145	293	2006-02-15 05:05:03
145	402	2006-02-15 05:05:03
145	409	2006-02-15 05:05:03
145	457	2006-02-15 05:05:03
145	475	2006-02-15 05:05:03
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE film_actor ENABLE TRIGGER ALL;


-- Import data into table: film_category

ALTER TABLE film_category DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: film_category; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.film_category (film_id, category_id, last_update) FROM stdin;
997	12	2006-02-15 05:07:09
253	1	2006-02-15 05:07:09
478	5	2006-02-15 05:07:09
559	14	2006-02-15 05:07:09
675	13	2006-02-15 05:07:09
132	14	2006-02-15 05:07:09
188	5	2006-02-15 05:07:09
287	1	2006-02-15 05:07:09
875	15	2006-02-15 05:07:09
990	11	2006-02-15 05:07:09
415	11	2006-02-15 05:07:09
266	4	2006-02-15 05:07:09
687	6	2006-02-15 05:07:09
857	5	2006-02-15 05:07:09
398	12	2006-02-15 05:07:09
860	14	2006-02-15 05:07:09
949	10	2006-02-15 05:07:09
4	11	2006-02-15 05:07:09
702	11	2006-02-15 05:07:09
864	3	2006-02-15 05:07:09
302	10	2006-02-15 05:07:09
278	12	2006-02-15 05:07:09
977	16	2006-02-15 05:07:09
122	11	2006-02-15 05:07:09
46	10	2006-02-15 05:07:09
141	10	2006-02-15 05:07:09
757	6	2006-02-15 05:07:09
542	1	2006-02-15 05:07:09
179	7	2006-02-15 05:07:09
73	14	2006-02-15 05:07:09
142	6	2006-02-15 05:07:09
82	8	2006-02-15 05:07:09
261	6	2006-02-15 05:07:09
861	10	2006-02-15 05:07:09
966	6	2006-02-15 05:07:09
29	1	2006-02-15 05:07:09
88	16	2006-02-15 05:07:09
497	6	2006-02-15 05:07:09
513	16	2006-02-15 05:07:09
317	5	2006-02-15 05:07:09
70	2	2006-02-15 05:07:09
263	15	2006-02-15 05:07:09
79	7	2006-02-15 05:07:09
25	13	2006-02-15 05:07:09
413	5	2006-02-15 05:07:09
650	6	2006-02-15 05:07:09
145	8	2006-02-15 05:07:09
668	15	2006-02-15 05:07:09
165	14	2006-02-15 05:07:09
540	12	2006-02-15 05:07:09
54	12	2006-02-15 05:07:09
883	3	2006-02-15 05:07:09
162	1	2006-02-15 05:07:09
789	9	2006-02-15 05:07:09
585	7	2006-02-15 05:07:09
708	6	2006-02-15 05:07:09
901	2	2006-02-15 05:07:09
405	16	2006-02-15 05:07:09
14	4	2006-02-15 05:07:09
241	2	2006-02-15 05:07:09
108	13	2006-02-15 05:07:09
511	1	2006-02-15 05:07:09
453	15	2006-02-15 05:07:09
351	11	2006-02-15 05:07:09
476	8	2006-02-15 05:07:09
874	4	2006-02-15 05:07:09
695	8	2006-02-15 05:07:09
920	13	2006-02-15 05:07:09
951	4	2006-02-15 05:07:09
619	15	2006-02-15 05:07:09
620	14	2006-02-15 05:07:09
786	3	2006-02-15 05:07:09
369	14	2006-02-15 05:07:09
987	12	2006-02-15 05:07:09
750	13	2006-02-15 05:07:09
312	14	2006-02-15 05:07:09
471	4	2006-02-15 05:07:09
724	8	2006-02-15 05:07:09
924	14	2006-02-15 05:07:09
154	2	2006-02-15 05:07:09
209	7	2006-02-15 05:07:09
888	6	2006-02-15 05:07:09
156	6	2006-02-15 05:07:09
456	2	2006-02-15 05:07:09
435	9	2006-02-15 05:07:09
269	8	2006-02-15 05:07:09
635	13	2006-02-15 05:07:09
580	13	2006-02-15 05:07:09
68	3	2006-02-15 05:07:09
563	10	2006-02-15 05:07:09
541	2	2006-02-15 05:07:09
72	6	2006-02-15 05:07:09
229	1	2006-02-15 05:07:09
352	10	2006-02-15 05:07:09
105	1	2006-02-15 05:07:09
740	11	2006-02-15 05:07:09
760	13	2006-02-15 05:07:09
112	9	2006-02-15 05:07:09
147	8	2006-02-15 05:07:09
186	7	2006-02-15 05:07:09
952	6	2006-02-15 05:07:09
89	2	2006-02-15 05:07:09
389	15	2006-02-15 05:07:09
909	11	2006-02-15 05:07:09
164	6	2006-02-15 05:07:09
596	10	2006-02-15 05:07:09
296	14	2006-02-15 05:07:09
734	6	2006-02-15 05:07:09
777	15	2006-02-15 05:07:09
504	7	2006-02-15 05:07:09
499	8	2006-02-15 05:07:09
509	3	2006-02-15 05:07:09
548	4	2006-02-15 05:07:09
445	4	2006-02-15 05:07:09
796	15	2006-02-15 05:07:09
852	3	2006-02-15 05:07:09
206	6	2006-02-15 05:07:09
516	12	2006-02-15 05:07:09
283	13	2006-02-15 05:07:09
217	10	2006-02-15 05:07:09
397	14	2006-02-15 05:07:09
579	1	2006-02-15 05:07:09
385	5	2006-02-15 05:07:09
216	13	2006-02-15 05:07:09
533	9	2006-02-15 05:07:09
915	1	2006-02-15 05:07:09
761	3	2006-02-15 05:07:09
693	2	2006-02-15 05:07:09
395	1	2006-02-15 05:07:09
684	10	2006-02-15 05:07:09
381	10	2006-02-15 05:07:09
590	13	2006-02-15 05:07:09
594	1	2006-02-15 05:07:09
339	16	2006-02-15 05:07:09
483	10	2006-02-15 05:07:09
962	4	2006-02-15 05:07:09
696	2	2006-02-15 05:07:09
878	16	2006-02-15 05:07:09
543	16	2006-02-15 05:07:09
360	1	2006-02-15 05:07:09
484	4	2006-02-15 05:07:09
828	4	2006-02-15 05:07:09
292	1	2006-02-15 05:07:09
380	9	2006-02-15 05:07:09
784	16	2006-02-15 05:07:09
422	14	2006-02-15 05:07:09
166	4	2006-02-15 05:07:09
438	10	2006-02-15 05:07:09
642	16	2006-02-15 05:07:09
746	10	2006-02-15 05:07:09
659	1	2006-02-15 05:07:09
346	4	2006-02-15 05:07:09
570	15	2006-02-15 05:07:09
462	12	2006-02-15 05:07:09
795	8	2006-02-15 05:07:09
807	10	2006-02-15 05:07:09
493	9	2006-02-15 05:07:09
281	10	2006-02-15 05:07:09
889	3	2006-02-15 05:07:09
720	13	2006-02-15 05:07:09
66	3	2006-02-15 05:07:09
274	6	2006-02-15 05:07:09
303	1	2006-02-15 05:07:09
686	13	2006-02-15 05:07:09
366	7	2006-02-15 05:07:09
660	5	2006-02-15 05:07:09
494	11	2006-02-15 05:07:09
328	3	2006-02-15 05:07:09
228	4	2006-02-15 05:07:09
455	9	2006-02-15 05:07:09
753	8	2006-02-15 05:07:09
428	8	2006-02-15 05:07:09
673	12	2006-02-15 05:07:09
321	13	2006-02-15 05:07:09
877	12	2006-02-15 05:07:09
969	7	2006-02-15 05:07:09
133	12	2006-02-15 05:07:09
731	4	2006-02-15 05:07:09
78	2	2006-02-15 05:07:09
948	13	2006-02-15 05:07:09
669	9	2006-02-15 05:07:09
212	1	2006-02-15 05:07:09
510	2	2006-02-15 05:07:09
379	7	2006-02-15 05:07:09
872	16	2006-02-15 05:07:09
602	14	2006-02-15 05:07:09
759	13	2006-02-15 05:07:09
187	15	2006-02-15 05:07:09
844	15	2006-02-15 05:07:09
23	2	2006-02-15 05:07:09
728	7	2006-02-15 05:07:09
719	15	2006-02-15 05:07:09
57	16	2006-02-15 05:07:09
249	4	2006-02-15 05:07:09
854	11	2006-02-15 05:07:09
197	15	2006-02-15 05:07:09
583	2	2006-02-15 05:07:09
808	4	2006-02-15 05:07:09
892	2	2006-02-15 05:07:09
652	4	2006-02-15 05:07:09
86	12	2006-02-15 05:07:09
846	13	2006-02-15 05:07:09
1	6	2006-02-15 05:07:09
473	7	2006-02-15 05:07:09
918	3	2006-02-15 05:07:09
768	3	2006-02-15 05:07:09
639	8	2006-02-15 05:07:09
77	13	2006-02-15 05:07:09
960	6	2006-02-15 05:07:09
203	14	2006-02-15 05:07:09
299	16	2006-02-15 05:07:09
630	7	2006-02-15 05:07:09
85	6	2006-02-15 05:07:09
233	16	2006-02-15 05:07:09
489	2	2006-02-15 05:07:09
488	15	2006-02-15 05:07:09
646	10	2006-02-15 05:07:09
751	13	2006-02-15 05:07:09
850	1	2006-02-15 05:07:09
251	13	2006-02-15 05:07:09
709	7	2006-02-15 05:07:09
871	5	2006-02-15 05:07:09
954	13	2006-02-15 05:07:09
664	1	2006-02-15 05:07:09
733	15	2006-02-15 05:07:09
866	8	2006-02-15 05:07:09
443	5	2006-02-15 05:07:09
102	15	2006-02-15 05:07:09
945	6	2006-02-15 05:07:09
584	9	2006-02-15 05:07:09
119	5	2006-02-15 05:07:09
61	7	2006-02-15 05:07:09
804	11	2006-02-15 05:07:09
498	8	2006-02-15 05:07:09
936	12	2006-02-15 05:07:09
276	5	2006-02-15 05:07:09
90	13	2006-02-15 05:07:09
743	2	2006-02-15 05:07:09
1000	5	2006-02-15 05:07:09
368	7	2006-02-15 05:07:09
749	11	2006-02-15 05:07:09
47	9	2006-02-15 05:07:09
163	13	2006-02-15 05:07:09
539	7	2006-02-15 05:07:09
865	2	2006-02-15 05:07:09
396	7	2006-02-15 05:07:09
560	10	2006-02-15 05:07:09
566	9	2006-02-15 05:07:09
403	7	2006-02-15 05:07:09
870	11	2006-02-15 05:07:09
605	9	2006-02-15 05:07:09
284	12	2006-02-15 05:07:09
557	8	2006-02-15 05:07:09
481	13	2006-02-15 05:07:09
666	7	2006-02-15 05:07:09
981	16	2006-02-15 05:07:09
410	5	2006-02-15 05:07:09
37	4	2006-02-15 05:07:09
226	13	2006-02-15 05:07:09
645	16	2006-02-15 05:07:09
741	12	2006-02-15 05:07:09
150	6	2006-02-15 05:07:09
586	1	2006-02-15 05:07:09
333	12	2006-02-15 05:07:09
13	11	2006-02-15 05:07:09
271	1	2006-02-15 05:07:09
992	6	2006-02-15 05:07:09
628	15	2006-02-15 05:07:09
705	9	2006-02-15 05:07:09
252	1	2006-02-15 05:07:09
104	9	2006-02-15 05:07:09
577	15	2006-02-15 05:07:09
806	13	2006-02-15 05:07:09
375	1	2006-02-15 05:07:09
221	6	2006-02-15 05:07:09
470	2	2006-02-15 05:07:09
556	10	2006-02-15 05:07:09
420	15	2006-02-15 05:07:09
414	9	2006-02-15 05:07:09
940	15	2006-02-15 05:07:09
908	9	2006-02-15 05:07:09
921	12	2006-02-15 05:07:09
907	7	2006-02-15 05:07:09
793	1	2006-02-15 05:07:09
813	15	2006-02-15 05:07:09
91	4	2006-02-15 05:07:09
636	12	2006-02-15 05:07:09
151	14	2006-02-15 05:07:09
460	9	2006-02-15 05:07:09
689	9	2006-02-15 05:07:09
20	12	2006-02-15 05:07:09
113	15	2006-02-15 05:07:09
314	2	2006-02-15 05:07:09
648	16	2006-02-15 05:07:09
737	11	2006-02-15 05:07:09
388	5	2006-02-15 05:07:09
517	15	2006-02-15 05:07:09
518	16	2006-02-15 05:07:09
223	2	2006-02-15 05:07:09
810	8	2006-02-15 05:07:09
697	1	2006-02-15 05:07:09
514	7	2006-02-15 05:07:09
459	9	2006-02-15 05:07:09
437	8	2006-02-15 05:07:09
986	2	2006-02-15 05:07:09
237	15	2006-02-15 05:07:09
60	4	2006-02-15 05:07:09
811	16	2006-02-15 05:07:09
27	15	2006-02-15 05:07:09
890	15	2006-02-15 05:07:09
624	10	2006-02-15 05:07:09
238	3	2006-02-15 05:07:09
332	5	2006-02-15 05:07:09
161	12	2006-02-15 05:07:09
195	14	2006-02-15 05:07:09
842	10	2006-02-15 05:07:09
629	6	2006-02-15 05:07:09
286	16	2006-02-15 05:07:09
819	12	2006-02-15 05:07:09
606	15	2006-02-15 05:07:09
851	15	2006-02-15 05:07:09
814	5	2006-02-15 05:07:09
123	16	2006-02-15 05:07:09
344	3	2006-02-15 05:07:09
194	1	2006-02-15 05:07:09
62	6	2006-02-15 05:07:09
571	6	2006-02-15 05:07:09
779	15	2006-02-15 05:07:09
634	8	2006-02-15 05:07:09
204	7	2006-02-15 05:07:09
159	5	2006-02-15 05:07:09
495	11	2006-02-15 05:07:09
770	9	2006-02-15 05:07:09
736	8	2006-02-15 05:07:09
65	11	2006-02-15 05:07:09
378	12	2006-02-15 05:07:09
256	15	2006-02-15 05:07:09
963	2	2006-02-15 05:07:09
215	10	2006-02-15 05:07:09
168	3	2006-02-15 05:07:09
63	8	2006-02-15 05:07:09
376	9	2006-02-15 05:07:09
322	15	2006-02-15 05:07:09
991	1	2006-02-15 05:07:09
337	9	2006-02-15 05:07:09
225	7	2006-02-15 05:07:09
572	14	2006-02-15 05:07:09
391	8	2006-02-15 05:07:09
670	6	2006-02-15 05:07:09
260	15	2006-02-15 05:07:09
392	3	2006-02-15 05:07:09
717	1	2006-02-15 05:07:09
51	12	2006-02-15 05:07:09
404	5	2006-02-15 05:07:09
508	10	2006-02-15 05:07:09
239	2	2006-02-15 05:07:09
55	14	2006-02-15 05:07:09
272	7	2006-02-15 05:07:09
81	14	2006-02-15 05:07:09
363	12	2006-02-15 05:07:09
837	5	2006-02-15 05:07:09
773	15	2006-02-15 05:07:09
205	1	2006-02-15 05:07:09
597	10	2006-02-15 05:07:09
677	13	2006-02-15 05:07:09
358	4	2006-02-15 05:07:09
116	4	2006-02-15 05:07:09
474	15	2006-02-15 05:07:09
340	13	2006-02-15 05:07:09
531	9	2006-02-15 05:07:09
293	15	2006-02-15 05:07:09
173	7	2006-02-15 05:07:09
587	6	2006-02-15 05:07:09
643	7	2006-02-15 05:07:09
782	15	2006-02-15 05:07:09
259	2	2006-02-15 05:07:09
406	10	2006-02-15 05:07:09
550	8	2006-02-15 05:07:09
457	6	2006-02-15 05:07:09
430	2	2006-02-15 05:07:09
928	3	2006-02-15 05:07:09
308	5	2006-02-15 05:07:09
210	1	2006-02-15 05:07:09
730	13	2006-02-15 05:07:09
953	2	2006-02-15 05:07:09
386	16	2006-02-15 05:07:09
792	9	2006-02-15 05:07:09
39	14	2006-02-15 05:07:09
447	10	2006-02-15 05:07:09
338	14	2006-02-15 05:07:09
970	4	2006-02-15 05:07:09
638	5	2006-02-15 05:07:09
995	11	2006-02-15 05:07:09
492	13	2006-02-15 05:07:09
914	16	2006-02-15 05:07:09
32	13	2006-02-15 05:07:09
361	15	2006-02-15 05:07:09
938	5	2006-02-15 05:07:09
74	12	2006-02-15 05:07:09
942	7	2006-02-15 05:07:09
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE film_category ENABLE TRIGGER ALL;


-- Import data into table: customer

ALTER TABLE customer DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: customer; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customer (customer_id, store_id, first_name, last_name, email, address_id, activebool, create_date, last_update, active) FROM stdin;
81	1	ANDREA	HENDERSON	ANDREA.HENDERSON@sakilacustomer.org	85	t	2006-02-14	2006-02-15 04:57:20	1
144	1	CLARA	SHAW	CLARA.SHAW@sakilacustomer.org	148	t	2006-02-14	2006-02-15 04:57:20	1
488	2	SHANE	MILLARD	SHANE.MILLARD@sakilacustomer.org	493	t	2006-02-14	2006-02-15 04:57:20	1
399	1	DANNY	ISOM	DANNY.ISOM@sakilacustomer.org	404	t	2006-02-14	2006-02-15 04:57:20	1
149	1	VALERIE	BLACK	VALERIE.BLACK@sakilacustomer.org	153	t	2006-02-14	2006-02-15 04:57:20	1
135	2	JUANITA	MASON	JUANITA.MASON@sakilacustomer.org	139	t	2006-02-14	2006-02-15 04:57:20	1
311	2	PAUL	TROUT	PAUL.TROUT@sakilacustomer.org	316	t	2006-02-14	2006-02-15 04:57:20	1
489	1	RICARDO	MEADOR	RICARDO.MEADOR@sakilacustomer.org	494	t	2006-02-14	2006-02-15 04:57:20	1
115	1	WENDY	HARRISON	WENDY.HARRISON@sakilacustomer.org	119	t	2006-02-14	2006-02-15 04:57:20	1
367	1	ADAM	GOOCH	ADAM.GOOCH@sakilacustomer.org	372	t	2006-02-14	2006-02-15 04:57:20	1
355	2	TERRY	GRISSOM	TERRY.GRISSOM@sakilacustomer.org	360	t	2006-02-14	2006-02-15 04:57:20	1
189	1	LORETTA	CARPENTER	LORETTA.CARPENTER@sakilacustomer.org	193	t	2006-02-14	2006-02-15 04:57:20	1
479	1	ZACHARY	HITE	ZACHARY.HITE@sakilacustomer.org	484	t	2006-02-14	2006-02-15 04:57:20	1
126	1	ELLEN	SIMPSON	ELLEN.SIMPSON@sakilacustomer.org	130	t	2006-02-14	2006-02-15 04:57:20	1
509	1	RAUL	FORTIER	RAUL.FORTIER@sakilacustomer.org	514	t	2006-02-14	2006-02-15 04:57:20	1
332	1	STEPHEN	QUALLS	STEPHEN.QUALLS@sakilacustomer.org	337	t	2006-02-14	2006-02-15 04:57:20	1
61	2	KATHERINE	RIVERA	KATHERINE.RIVERA@sakilacustomer.org	65	t	2006-02-14	2006-02-15 04:57:20	1
407	1	DALE	RATCLIFF	DALE.RATCLIFF@sakilacustomer.org	412	t	2006-02-14	2006-02-15 04:57:20	1
116	1	VICTORIA	GIBSON	VICTORIA.GIBSON@sakilacustomer.org	120	t	2006-02-14	2006-02-15 04:57:20	1
45	1	JANET	PHILLIPS	JANET.PHILLIPS@sakilacustomer.org	49	t	2006-02-14	2006-02-15 04:57:20	1
553	1	MAX	PITT	MAX.PITT@sakilacustomer.org	559	t	2006-02-14	2006-02-15 04:57:20	1
231	1	GEORGIA	JACOBS	GEORGIA.JACOBS@sakilacustomer.org	235	t	2006-02-14	2006-02-15 04:57:20	1
228	2	ALLISON	STANLEY	ALLISON.STANLEY@sakilacustomer.org	232	t	2006-02-14	2006-02-15 04:57:20	1
572	1	SIDNEY	BURLESON	SIDNEY.BURLESON@sakilacustomer.org	578	t	2006-02-14	2006-02-15 04:57:20	1
508	2	MILTON	HOWLAND	MILTON.HOWLAND@sakilacustomer.org	513	t	2006-02-14	2006-02-15 04:57:20	1
568	2	ALBERTO	HENNING	ALBERTO.HENNING@sakilacustomer.org	574	t	2006-02-14	2006-02-15 04:57:20	1
513	2	DUANE	TUBBS	DUANE.TUBBS@sakilacustomer.org	519	t	2006-02-14	2006-02-15 04:57:20	1
273	2	PRISCILLA	LOWE	PRISCILLA.LOWE@sakilacustomer.org	278	t	2006-02-14	2006-02-15 04:57:20	1
5	1	ELIZABETH	BROWN	ELIZABETH.BROWN@sakilacustomer.org	9	t	2006-02-14	2006-02-15 04:57:20	1
569	2	DAVE	GARDINER	DAVE.GARDINER@sakilacustomer.org	575	t	2006-02-14	2006-02-15 04:57:20	1
478	1	LEWIS	LYMAN	LEWIS.LYMAN@sakilacustomer.org	483	t	2006-02-14	2006-02-15 04:57:20	1
599	2	AUSTIN	CINTRON	AUSTIN.CINTRON@sakilacustomer.org	605	t	2006-02-14	2006-02-15 04:57:20	1
263	1	HILDA	HOPKINS	HILDA.HOPKINS@sakilacustomer.org	268	t	2006-02-14	2006-02-15 04:57:20	1
243	1	LYDIA	BURKE	LYDIA.BURKE@sakilacustomer.org	247	t	2006-02-14	2006-02-15 04:57:20	1
319	2	RONALD	WEINER	RONALD.WEINER@sakilacustomer.org	324	t	2006-02-14	2006-02-15 04:57:20	1
410	2	CURTIS	IRBY	CURTIS.IRBY@sakilacustomer.org	415	t	2006-02-14	2006-02-15 04:57:20	1
409	2	RODNEY	MOELLER	RODNEY.MOELLER@sakilacustomer.org	414	t	2006-02-14	2006-02-15 04:57:20	1
539	1	MATHEW	BOLIN	MATHEW.BOLIN@sakilacustomer.org	545	t	2006-02-14	2006-02-15 04:57:20	1
437	2	RANDALL	NEUMANN	RANDALL.NEUMANN@sakilacustomer.org	442	t	2006-02-14	2006-02-15 04:57:20	1
239	2	MINNIE	ROMERO	MINNIE.ROMERO@sakilacustomer.org	243	t	2006-02-14	2006-02-15 04:57:20	1
392	2	SEAN	DOUGLASS	SEAN.DOUGLASS@sakilacustomer.org	397	t	2006-02-14	2006-02-15 04:57:20	1
322	1	JASON	MORRISSEY	JASON.MORRISSEY@sakilacustomer.org	327	t	2006-02-14	2006-02-15 04:57:20	1
142	1	APRIL	BURNS	APRIL.BURNS@sakilacustomer.org	146	t	2006-02-14	2006-02-15 04:57:20	1
590	2	SETH	HANNON	SETH.HANNON@sakilacustomer.org	596	t	2006-02-14	2006-02-15 04:57:20	1
1	1	MARY	SMITH	MARY.SMITH@sakilacustomer.org	5	t	2006-02-14	2006-02-15 04:57:20	1
444	2	MARCUS	HIDALGO	MARCUS.HIDALGO@sakilacustomer.org	449	t	2006-02-14	2006-02-15 04:57:20	1
335	1	GREGORY	MAULDIN	GREGORY.MAULDIN@sakilacustomer.org	340	t	2006-02-14	2006-02-15 04:57:20	1
465	1	FLOYD	GANDY	FLOYD.GANDY@sakilacustomer.org	470	t	2006-02-14	2006-02-15 04:57:20	1
435	2	RICKY	SHELBY	RICKY.SHELBY@sakilacustomer.org	440	t	2006-02-14	2006-02-15 04:57:20	1
348	2	ROGER	QUINTANILLA	ROGER.QUINTANILLA@sakilacustomer.org	353	t	2006-02-14	2006-02-15 04:57:20	1
517	2	BRAD	MCCURDY	BRAD.MCCURDY@sakilacustomer.org	523	t	2006-02-14	2006-02-15 04:57:20	1
285	1	MIRIAM	MCKINNEY	MIRIAM.MCKINNEY@sakilacustomer.org	290	t	2006-02-14	2006-02-15 04:57:20	1
226	2	MAUREEN	LITTLE	MAUREEN.LITTLE@sakilacustomer.org	230	t	2006-02-14	2006-02-15 04:57:20	1
321	1	KEVIN	SCHULER	KEVIN.SCHULER@sakilacustomer.org	326	t	2006-02-14	2006-02-15 04:57:20	1
320	2	ANTHONY	SCHWAB	ANTHONY.SCHWAB@sakilacustomer.org	325	t	2006-02-14	2006-02-15 04:57:20	1
483	2	VERNON	CHAPA	VERNON.CHAPA@sakilacustomer.org	488	t	2006-02-14	2006-02-15 04:57:20	1
552	2	HUGH	WALDROP	HUGH.WALDROP@sakilacustomer.org	558	t	2006-02-14	2006-02-15 04:57:20	1
500	1	REGINALD	KINDER	REGINALD.KINDER@sakilacustomer.org	505	t	2006-02-14	2006-02-15 04:57:20	1
339	2	WALTER	PERRYMAN	WALTER.PERRYMAN@sakilacustomer.org	344	t	2006-02-14	2006-02-15 04:57:20	1
398	1	ANTONIO	MEEK	ANTONIO.MEEK@sakilacustomer.org	403	t	2006-02-14	2006-02-15 04:57:20	1
438	1	BARRY	LOVELACE	BARRY.LOVELACE@sakilacustomer.org	443	t	2006-02-14	2006-02-15 04:57:20	1
140	1	EVA	RAMOS	EVA.RAMOS@sakilacustomer.org	144	t	2006-02-14	2006-02-15 04:57:20	1
98	1	LILLIAN	GRIFFIN	LILLIAN.GRIFFIN@sakilacustomer.org	102	t	2006-02-14	2006-02-15 04:57:20	1
102	1	CRYSTAL	FORD	CRYSTAL.FORD@sakilacustomer.org	106	t	2006-02-14	2006-02-15 04:57:20	1
419	1	CHAD	CARBONE	CHAD.CARBONE@sakilacustomer.org	424	t	2006-02-14	2006-02-15 04:57:20	1
49	2	JOYCE	EDWARDS	JOYCE.EDWARDS@sakilacustomer.org	53	t	2006-02-14	2006-02-15 04:57:20	1
336	1	JOSHUA	MARK	JOSHUA.MARK@sakilacustomer.org	341	t	2006-02-14	2006-02-15 04:57:20	1
232	2	CONSTANCE	REID	CONSTANCE.REID@sakilacustomer.org	236	t	2006-02-14	2006-02-15 04:57:20	1
11	2	LISA	ANDERSON	LISA.ANDERSON@sakilacustomer.org	15	t	2006-02-14	2006-02-15 04:57:20	1
555	1	DWIGHT	LOMBARDI	DWIGHT.LOMBARDI@sakilacustomer.org	561	t	2006-02-14	2006-02-15 04:57:20	1
429	2	FREDERICK	ISBELL	FREDERICK.ISBELL@sakilacustomer.org	434	t	2006-02-14	2006-02-15 04:57:20	1
510	2	BEN	EASTER	BEN.EASTER@sakilacustomer.org	515	t	2006-02-14	2006-02-15 04:57:20	0
233	2	LILLIE	KIM	LILLIE.KIM@sakilacustomer.org	237	t	2006-02-14	2006-02-15 04:57:20	1
414	1	VINCENT	RALSTON	VINCENT.RALSTON@sakilacustomer.org	419	t	2006-02-14	2006-02-15 04:57:20	1
359	2	WILLIE	MARKHAM	WILLIE.MARKHAM@sakilacustomer.org	364	t	2006-02-14	2006-02-15 04:57:20	1
78	1	LORI	WOOD	LORI.WOOD@sakilacustomer.org	82	t	2006-02-14	2006-02-15 04:57:20	1
64	2	JUDITH	COX	JUDITH.COX@sakilacustomer.org	68	t	2006-02-14	2006-02-15 04:57:20	0
566	1	CASEY	MENA	CASEY.MENA@sakilacustomer.org	572	t	2006-02-14	2006-02-15 04:57:20	1
554	1	DWAYNE	OLVERA	DWAYNE.OLVERA@sakilacustomer.org	560	t	2006-02-14	2006-02-15 04:57:20	1
277	2	OLGA	JIMENEZ	OLGA.JIMENEZ@sakilacustomer.org	282	t	2006-02-14	2006-02-15 04:57:20	1
340	1	PATRICK	NEWSOM	PATRICK.NEWSOM@sakilacustomer.org	345	t	2006-02-14	2006-02-15 04:57:20	1
107	1	FLORENCE	WOODS	FLORENCE.WOODS@sakilacustomer.org	111	t	2006-02-14	2006-02-15 04:57:20	1
41	1	STEPHANIE	MITCHELL	STEPHANIE.MITCHELL@sakilacustomer.org	45	t	2006-02-14	2006-02-15 04:57:20	1
351	1	JACK	FOUST	JACK.FOUST@sakilacustomer.org	356	t	2006-02-14	2006-02-15 04:57:20	1
418	2	JEFF	EAST	JEFF.EAST@sakilacustomer.org	423	t	2006-02-14	2006-02-15 04:57:20	1
540	1	TYRONE	ASHER	TYRONE.ASHER@sakilacustomer.org	546	t	2006-02-14	2006-02-15 04:57:20	1
385	1	PHILLIP	HOLM	PHILLIP.HOLM@sakilacustomer.org	390	t	2006-02-14	2006-02-15 04:57:20	1
421	1	LEE	HAWKS	LEE.HAWKS@sakilacustomer.org	426	t	2006-02-14	2006-02-15 04:57:20	1
328	2	JEFFREY	SPEAR	JEFFREY.SPEAR@sakilacustomer.org	333	t	2006-02-14	2006-02-15 04:57:20	1
532	2	NEIL	RENNER	NEIL.RENNER@sakilacustomer.org	538	t	2006-02-14	2006-02-15 04:57:20	1
526	2	KARL	SEAL	KARL.SEAL@sakilacustomer.org	532	t	2006-02-14	2006-02-15 04:57:20	1
595	1	TERRENCE	GUNDERSON	TERRENCE.GUNDERSON@sakilacustomer.org	601	t	2006-02-14	2006-02-15 04:57:20	1
152	1	ALICIA	MILLS	ALICIA.MILLS@sakilacustomer.org	156	t	2006-02-14	2006-02-15 04:57:20	1
525	2	ADRIAN	CLARY	ADRIAN.CLARY@sakilacustomer.org	531	t	2006-02-14	2006-02-15 04:57:20	1
550	2	GUY	BROWNLEE	GUY.BROWNLEE@sakilacustomer.org	556	t	2006-02-14	2006-02-15 04:57:20	1
578	2	WILLARD	LUMPKIN	WILLARD.LUMPKIN@sakilacustomer.org	584	t	2006-02-14	2006-02-15 04:57:20	1
470	1	GORDON	ALLARD	GORDON.ALLARD@sakilacustomer.org	475	t	2006-02-14	2006-02-15 04:57:20	1
265	2	JENNIE	TERRY	JENNIE.TERRY@sakilacustomer.org	270	t	2006-02-14	2006-02-15 04:57:20	1
29	2	ANGELA	HERNANDEZ	ANGELA.HERNANDEZ@sakilacustomer.org	33	t	2006-02-14	2006-02-15 04:57:20	1
123	2	SHANNON	FREEMAN	SHANNON.FREEMAN@sakilacustomer.org	127	t	2006-02-14	2006-02-15 04:57:20	1
458	1	LLOYD	DOWD	LLOYD.DOWD@sakilacustomer.org	463	t	2006-02-14	2006-02-15 04:57:20	1
303	2	WILLIAM	SATTERFIELD	WILLIAM.SATTERFIELD@sakilacustomer.org	308	t	2006-02-14	2006-02-15 04:57:20	1
178	2	MARION	SNYDER	MARION.SNYDER@sakilacustomer.org	182	t	2006-02-14	2006-02-15 04:57:20	1
567	2	ALFREDO	MCADAMS	ALFREDO.MCADAMS@sakilacustomer.org	573	t	2006-02-14	2006-02-15 04:57:20	1
463	2	DARRELL	POWER	DARRELL.POWER@sakilacustomer.org	468	t	2006-02-14	2006-02-15 04:57:20	1
89	1	JULIA	FLORES	JULIA.FLORES@sakilacustomer.org	93	t	2006-02-14	2006-02-15 04:57:20	1
451	1	JIM	REA	JIM.REA@sakilacustomer.org	456	t	2006-02-14	2006-02-15 04:57:20	1
365	2	BRUCE	SCHWARZ	BRUCE.SCHWARZ@sakilacustomer.org	370	t	2006-02-14	2006-02-15 04:57:20	1
136	2	ANITA	MORALES	ANITA.MORALES@sakilacustomer.org	140	t	2006-02-14	2006-02-15 04:57:20	1
224	2	PEARL	GARZA	PEARL.GARZA@sakilacustomer.org	228	t	2006-02-14	2006-02-15 04:57:20	1
307	2	JOSEPH	JOY	JOSEPH.JOY@sakilacustomer.org	312	t	2006-02-14	2006-02-15 04:57:20	1
427	2	JESUS	MCCARTNEY	JESUS.MCCARTNEY@sakilacustomer.org	432	t	2006-02-14	2006-02-15 04:57:20	1
242	1	GLENDA	FRAZIER	GLENDA.FRAZIER@sakilacustomer.org	246	t	2006-02-14	2006-02-15 04:57:20	1
432	1	EDWIN	BURK	EDWIN.BURK@sakilacustomer.org	437	t	2006-02-14	2006-02-15 04:57:20	1
148	1	ELEANOR	HUNT	ELEANOR.HUNT@sakilacustomer.org	152	t	2006-02-14	2006-02-15 04:57:20	1
283	1	FELICIA	SUTTON	FELICIA.SUTTON@sakilacustomer.org	288	t	2006-02-14	2006-02-15 04:57:20	1
598	1	WADE	DELVALLE	WADE.DELVALLE@sakilacustomer.org	604	t	2006-02-14	2006-02-15 04:57:20	1
397	1	JIMMY	SCHRADER	JIMMY.SCHRADER@sakilacustomer.org	402	t	2006-02-14	2006-02-15 04:57:20	1
318	1	BRIAN	WYMAN	BRIAN.WYMAN@sakilacustomer.org	323	t	2006-02-14	2006-02-15 04:57:20	1
171	2	DOLORES	WAGNER	DOLORES.WAGNER@sakilacustomer.org	175	t	2006-02-14	2006-02-15 04:57:20	1
268	1	NINA	SOTO	NINA.SOTO@sakilacustomer.org	273	t	2006-02-14	2006-02-15 04:57:20	1
52	1	JULIE	SANCHEZ	JULIE.SANCHEZ@sakilacustomer.org	56	t	2006-02-14	2006-02-15 04:57:20	1
55	2	DORIS	REED	DORIS.REED@sakilacustomer.org	59	t	2006-02-14	2006-02-15 04:57:20	1
453	1	CALVIN	MARTEL	CALVIN.MARTEL@sakilacustomer.org	458	t	2006-02-14	2006-02-15 04:57:20	1
417	1	TRAVIS	ESTEP	TRAVIS.ESTEP@sakilacustomer.org	422	t	2006-02-14	2006-02-15 04:57:20	1
502	1	BRETT	CORNWELL	BRETT.CORNWELL@sakilacustomer.org	507	t	2006-02-14	2006-02-15 04:57:20	1
159	1	JILL	HAWKINS	JILL.HAWKINS@sakilacustomer.org	163	t	2006-02-14	2006-02-15 04:57:20	1
170	1	BEATRICE	ARNOLD	BEATRICE.ARNOLD@sakilacustomer.org	174	t	2006-02-14	2006-02-15 04:57:20	1
131	2	MONICA	HICKS	MONICA.HICKS@sakilacustomer.org	135	t	2006-02-14	2006-02-15 04:57:20	1
312	2	MARK	RINEHART	MARK.RINEHART@sakilacustomer.org	317	t	2006-02-14	2006-02-15 04:57:20	1
13	2	KAREN	JACKSON	KAREN.JACKSON@sakilacustomer.org	17	t	2006-02-14	2006-02-15 04:57:20	1
21	1	MICHELLE	CLARK	MICHELLE.CLARK@sakilacustomer.org	25	t	2006-02-14	2006-02-15 04:57:20	1
325	1	TIMOTHY	BUNN	TIMOTHY.BUNN@sakilacustomer.org	330	t	2006-02-14	2006-02-15 04:57:20	1
43	2	CHRISTINE	ROBERTS	CHRISTINE.ROBERTS@sakilacustomer.org	47	t	2006-02-14	2006-02-15 04:57:20	1
38	1	MARTHA	GONZALEZ	MARTHA.GONZALEZ@sakilacustomer.org	42	t	2006-02-14	2006-02-15 04:57:20	1
349	2	JOE	GILLILAND	JOE.GILLILAND@sakilacustomer.org	354	t	2006-02-14	2006-02-15 04:57:20	1
347	2	RYAN	SALISBURY	RYAN.SALISBURY@sakilacustomer.org	352	t	2006-02-14	2006-02-15 04:57:20	1
86	2	JACQUELINE	LONG	JACQUELINE.LONG@sakilacustomer.org	90	t	2006-02-14	2006-02-15 04:57:20	1
391	1	CLARENCE	GAMEZ	CLARENCE.GAMEZ@sakilacustomer.org	396	t	2006-02-14	2006-02-15 04:57:20	1
91	2	LOIS	BUTLER	LOIS.BUTLER@sakilacustomer.org	95	t	2006-02-14	2006-02-15 04:57:20	1
190	2	YOLANDA	WEAVER	YOLANDA.WEAVER@sakilacustomer.org	194	t	2006-02-14	2006-02-15 04:57:20	1
176	1	JUNE	CARROLL	JUNE.CARROLL@sakilacustomer.org	180	t	2006-02-14	2006-02-15 04:57:20	1
375	2	AARON	SELBY	AARON.SELBY@sakilacustomer.org	380	t	2006-02-14	2006-02-15 04:57:20	1
175	1	ANNETTE	OLSON	ANNETTE.OLSON@sakilacustomer.org	179	t	2006-02-14	2006-02-15 04:57:20	1
374	2	JEREMY	HURTADO	JEREMY.HURTADO@sakilacustomer.org	379	t	2006-02-14	2006-02-15 04:57:20	1
506	2	LESLIE	SEWARD	LESLIE.SEWARD@sakilacustomer.org	511	t	2006-02-14	2006-02-15 04:57:20	1
215	2	JESSIE	BANKS	JESSIE.BANKS@sakilacustomer.org	219	t	2006-02-14	2006-02-15 04:57:20	1
326	1	JOSE	ANDREW	JOSE.ANDREW@sakilacustomer.org	331	t	2006-02-14	2006-02-15 04:57:20	1
498	1	GENE	SANBORN	GENE.SANBORN@sakilacustomer.org	503	t	2006-02-14	2006-02-15 04:57:20	1
408	1	MANUEL	MURRELL	MANUEL.MURRELL@sakilacustomer.org	413	t	2006-02-14	2006-02-15 04:57:20	1
199	2	BETH	FRANKLIN	BETH.FRANKLIN@sakilacustomer.org	203	t	2006-02-14	2006-02-15 04:57:20	1
90	2	RUBY	WASHINGTON	RUBY.WASHINGTON@sakilacustomer.org	94	t	2006-02-14	2006-02-15 04:57:20	1
16	2	SANDRA	MARTIN	SANDRA.MARTIN@sakilacustomer.org	20	t	2006-02-14	2006-02-15 04:57:20	0
579	2	DARYL	LARUE	DARYL.LARUE@sakilacustomer.org	585	t	2006-02-14	2006-02-15 04:57:20	1
290	1	KRISTINA	CHAMBERS	KRISTINA.CHAMBERS@sakilacustomer.org	295	t	2006-02-14	2006-02-15 04:57:20	1
573	1	BYRON	BOX	BYRON.BOX@sakilacustomer.org	579	t	2006-02-14	2006-02-15 04:57:20	1
59	1	CHERYL	MURPHY	CHERYL.MURPHY@sakilacustomer.org	63	t	2006-02-14	2006-02-15 04:57:20	1
546	1	KELLY	KNOTT	KELLY.KNOTT@sakilacustomer.org	552	t	2006-02-14	2006-02-15 04:57:20	1
297	1	SHERRI	RHODES	SHERRI.RHODES@sakilacustomer.org	302	t	2006-02-14	2006-02-15 04:57:20	1
443	2	FRANCISCO	SKIDMORE	FRANCISCO.SKIDMORE@sakilacustomer.org	448	t	2006-02-14	2006-02-15 04:57:20	1
492	2	LESTER	KRAUS	LESTER.KRAUS@sakilacustomer.org	497	t	2006-02-14	2006-02-15 04:57:20	1
472	1	GREG	ROBINS	GREG.ROBINS@sakilacustomer.org	477	t	2006-02-14	2006-02-15 04:57:20	1
353	1	JONATHAN	SCARBOROUGH	JONATHAN.SCARBOROUGH@sakilacustomer.org	358	t	2006-02-14	2006-02-15 04:57:20	1
200	2	JEANNE	LAWSON	JEANNE.LAWSON@sakilacustomer.org	204	t	2006-02-14	2006-02-15 04:57:20	1
12	1	NANCY	THOMAS	NANCY.THOMAS@sakilacustomer.org	16	t	2006-02-14	2006-02-15 04:57:20	1
518	1	GABRIEL	HARDER	GABRIEL.HARDER@sakilacustomer.org	524	t	2006-02-14	2006-02-15 04:57:20	1
442	1	LEROY	BUSTAMANTE	LEROY.BUSTAMANTE@sakilacustomer.org	447	t	2006-02-14	2006-02-15 04:57:20	1
73	2	BEVERLY	BROOKS	BEVERLY.BROOKS@sakilacustomer.org	77	t	2006-02-14	2006-02-15 04:57:20	1
255	2	IRMA	PEARSON	IRMA.PEARSON@sakilacustomer.org	260	t	2006-02-14	2006-02-15 04:57:20	1
434	1	EDDIE	TOMLIN	EDDIE.TOMLIN@sakilacustomer.org	439	t	2006-02-14	2006-02-15 04:57:20	1
583	1	MARSHALL	THORN	MARSHALL.THORN@sakilacustomer.org	589	t	2006-02-14	2006-02-15 04:57:20	1
40	2	AMANDA	CARTER	AMANDA.CARTER@sakilacustomer.org	44	t	2006-02-14	2006-02-15 04:57:20	1
563	2	KEN	PREWITT	KEN.PREWITT@sakilacustomer.org	569	t	2006-02-14	2006-02-15 04:57:20	1
150	2	DANIELLE	DANIELS	DANIELLE.DANIELS@sakilacustomer.org	154	t	2006-02-14	2006-02-15 04:57:20	1
238	1	NELLIE	GARRETT	NELLIE.GARRETT@sakilacustomer.org	242	t	2006-02-14	2006-02-15 04:57:20	1
487	2	HECTOR	POINDEXTER	HECTOR.POINDEXTER@sakilacustomer.org	492	t	2006-02-14	2006-02-15 04:57:20	1
97	2	ANNIE	RUSSELL	ANNIE.RUSSELL@sakilacustomer.org	101	t	2006-02-14	2006-02-15 04:57:20	1
341	1	PETER	MENARD	PETER.MENARD@sakilacustomer.org	346	t	2006-02-14	2006-02-15 04:57:20	1
196	1	ALMA	AUSTIN	ALMA.AUSTIN@sakilacustomer.org	200	t	2006-02-14	2006-02-15 04:57:20	1
256	2	MABEL	HOLLAND	MABEL.HOLLAND@sakilacustomer.org	261	t	2006-02-14	2006-02-15 04:57:20	1
15	1	HELEN	HARRIS	HELEN.HARRIS@sakilacustomer.org	19	t	2006-02-14	2006-02-15 04:57:20	1
343	1	DOUGLAS	GRAF	DOUGLAS.GRAF@sakilacustomer.org	348	t	2006-02-14	2006-02-15 04:57:20	1
44	1	MARIE	TURNER	MARIE.TURNER@sakilacustomer.org	48	t	2006-02-14	2006-02-15 04:57:20	1
480	1	COREY	HAUSER	COREY.HAUSER@sakilacustomer.org	485	t	2006-02-14	2006-02-15 04:57:20	1
276	1	BRANDY	GRAVES	BRANDY.GRAVES@sakilacustomer.org	281	t	2006-02-14	2006-02-15 04:57:20	1
315	2	KENNETH	GOODEN	KENNETH.GOODEN@sakilacustomer.org	320	t	2006-02-14	2006-02-15 04:57:20	0
137	2	RHONDA	KENNEDY	RHONDA.KENNEDY@sakilacustomer.org	141	t	2006-02-14	2006-02-15 04:57:20	1
384	2	ERNEST	STEPP	ERNEST.STEPP@sakilacustomer.org	389	t	2006-02-14	2006-02-15 04:57:20	1
570	2	IVAN	CROMWELL	IVAN.CROMWELL@sakilacustomer.org	576	t	2006-02-14	2006-02-15 04:57:20	1
143	1	LESLIE	GORDON	LESLIE.GORDON@sakilacustomer.org	147	t	2006-02-14	2006-02-15 04:57:20	1
589	1	TRACY	HERRMANN	TRACY.HERRMANN@sakilacustomer.org	595	t	2006-02-14	2006-02-15 04:57:20	1
6	2	JENNIFER	DAVIS	JENNIFER.DAVIS@sakilacustomer.org	10	t	2006-02-14	2006-02-15 04:57:20	1
202	2	CARLA	GUTIERREZ	CARLA.GUTIERREZ@sakilacustomer.org	206	t	2006-02-14	2006-02-15 04:57:20	1
284	1	SONIA	GREGORY	SONIA.GREGORY@sakilacustomer.org	289	t	2006-02-14	2006-02-15 04:57:20	1
565	2	JAIME	NETTLES	JAIME.NETTLES@sakilacustomer.org	571	t	2006-02-14	2006-02-15 04:57:20	1
179	1	DANA	HART	DANA.HART@sakilacustomer.org	183	t	2006-02-14	2006-02-15 04:57:20	1
262	2	PATSY	DAVIDSON	PATSY.DAVIDSON@sakilacustomer.org	267	t	2006-02-14	2006-02-15 04:57:20	1
475	2	PEDRO	CHESTNUT	PEDRO.CHESTNUT@sakilacustomer.org	480	t	2006-02-14	2006-02-15 04:57:20	1
575	2	ISAAC	OGLESBY	ISAAC.OGLESBY@sakilacustomer.org	581	t	2006-02-14	2006-02-15 04:57:20	1
51	1	ALICE	STEWART	ALICE.STEWART@sakilacustomer.org	55	t	2006-02-14	2006-02-15 04:57:20	1
105	1	DAWN	SULLIVAN	DAWN.SULLIVAN@sakilacustomer.org	109	t	2006-02-14	2006-02-15 04:57:20	1
548	1	ALLAN	CORNISH	ALLAN.CORNISH@sakilacustomer.org	554	t	2006-02-14	2006-02-15 04:57:20	1
250	2	JO	FOWLER	JO.FOWLER@sakilacustomer.org	254	t	2006-02-14	2006-02-15 04:57:20	1
7	1	MARIA	MILLER	MARIA.MILLER@sakilacustomer.org	11	t	2006-02-14	2006-02-15 04:57:20	1
538	2	TED	BREAUX	TED.BREAUX@sakilacustomer.org	544	t	2006-02-14	2006-02-15 04:57:20	1
219	2	WILLIE	HOWELL	WILLIE.HOWELL@sakilacustomer.org	223	t	2006-02-14	2006-02-15 04:57:20	1
96	1	DIANA	ALEXANDER	DIANA.ALEXANDER@sakilacustomer.org	100	t	2006-02-14	2006-02-15 04:57:20	1
42	2	CAROLYN	PEREZ	CAROLYN.PEREZ@sakilacustomer.org	46	t	2006-02-14	2006-02-15 04:57:20	1
50	1	DIANE	COLLINS	DIANE.COLLINS@sakilacustomer.org	54	t	2006-02-14	2006-02-15 04:57:20	1
32	1	AMY	LOPEZ	AMY.LOPEZ@sakilacustomer.org	36	t	2006-02-14	2006-02-15 04:57:20	1
454	2	ALEX	GRESHAM	ALEX.GRESHAM@sakilacustomer.org	459	t	2006-02-14	2006-02-15 04:57:20	1
208	1	LUCY	WHEELER	LUCY.WHEELER@sakilacustomer.org	212	t	2006-02-14	2006-02-15 04:57:20	1
259	2	LENA	JENSEN	LENA.JENSEN@sakilacustomer.org	264	t	2006-02-14	2006-02-15 04:57:20	1
383	1	MARTIN	BALES	MARTIN.BALES@sakilacustomer.org	388	t	2006-02-14	2006-02-15 04:57:20	1
594	1	EDUARDO	HIATT	EDUARDO.HIATT@sakilacustomer.org	600	t	2006-02-14	2006-02-15 04:57:20	1
576	2	MORRIS	MCCARTER	MORRIS.MCCARTER@sakilacustomer.org	582	t	2006-02-14	2006-02-15 04:57:20	1
206	1	TERRI	VASQUEZ	TERRI.VASQUEZ@sakilacustomer.org	210	t	2006-02-14	2006-02-15 04:57:20	1
182	1	RENEE	LANE	RENEE.LANE@sakilacustomer.org	186	t	2006-02-14	2006-02-15 04:57:20	1
296	2	RAMONA	HALE	RAMONA.HALE@sakilacustomer.org	301	t	2006-02-14	2006-02-15 04:57:20	1
181	2	ANA	BRADLEY	ANA.BRADLEY@sakilacustomer.org	185	t	2006-02-14	2006-02-15 04:57:20	1
229	1	TAMARA	NGUYEN	TAMARA.NGUYEN@sakilacustomer.org	233	t	2006-02-14	2006-02-15 04:57:20	1
113	2	CINDY	FISHER	CINDY.FISHER@sakilacustomer.org	117	t	2006-02-14	2006-02-15 04:57:20	1
48	1	ANN	EVANS	ANN.EVANS@sakilacustomer.org	52	t	2006-02-14	2006-02-15 04:57:20	1
47	1	FRANCES	PARKER	FRANCES.PARKER@sakilacustomer.org	51	t	2006-02-14	2006-02-15 04:57:20	1
350	1	JUAN	FRALEY	JUAN.FRALEY@sakilacustomer.org	355	t	2006-02-14	2006-02-15 04:57:20	1
564	2	BOB	PFEIFFER	BOB.PFEIFFER@sakilacustomer.org	570	t	2006-02-14	2006-02-15 04:57:20	1
376	1	RANDY	GAITHER	RANDY.GAITHER@sakilacustomer.org	381	t	2006-02-14	2006-02-15 04:57:20	1
214	1	KRISTIN	JOHNSTON	KRISTIN.JOHNSTON@sakilacustomer.org	218	t	2006-02-14	2006-02-15 04:57:20	1
198	2	ELSIE	KELLEY	ELSIE.KELLEY@sakilacustomer.org	202	t	2006-02-14	2006-02-15 04:57:20	1
9	2	MARGARET	MOORE	MARGARET.MOORE@sakilacustomer.org	13	t	2006-02-14	2006-02-15 04:57:20	1
304	2	DAVID	ROYAL	DAVID.ROYAL@sakilacustomer.org	309	t	2006-02-14	2006-02-15 04:57:20	1
491	2	RICK	MATTOX	RICK.MATTOX@sakilacustomer.org	496	t	2006-02-14	2006-02-15 04:57:20	1
585	1	PERRY	SWAFFORD	PERRY.SWAFFORD@sakilacustomer.org	591	t	2006-02-14	2006-02-15 04:57:20	1
291	1	TONI	HOLT	TONI.HOLT@sakilacustomer.org	296	t	2006-02-14	2006-02-15 04:57:20	1
580	1	ROSS	GREY	ROSS.GREY@sakilacustomer.org	586	t	2006-02-14	2006-02-15 04:57:20	1
504	1	NATHANIEL	ADAM	NATHANIEL.ADAM@sakilacustomer.org	509	t	2006-02-14	2006-02-15 04:57:20	1
112	2	ROSA	REYNOLDS	ROSA.REYNOLDS@sakilacustomer.org	116	t	2006-02-14	2006-02-15 04:57:20	1
415	1	GLENN	PULLEN	GLENN.PULLEN@sakilacustomer.org	420	t	2006-02-14	2006-02-15 04:57:20	1
191	1	JEANETTE	GREENE	JEANETTE.GREENE@sakilacustomer.org	195	t	2006-02-14	2006-02-15 04:57:20	1
77	2	JANE	BENNETT	JANE.BENNETT@sakilacustomer.org	81	t	2006-02-14	2006-02-15 04:57:20	1
279	2	DIANNE	SHELTON	DIANNE.SHELTON@sakilacustomer.org	284	t	2006-02-14	2006-02-15 04:57:20	1
499	2	MARC	OUTLAW	MARC.OUTLAW@sakilacustomer.org	504	t	2006-02-14	2006-02-15 04:57:20	1
425	2	FRANCIS	SIKES	FRANCIS.SIKES@sakilacustomer.org	430	t	2006-02-14	2006-02-15 04:57:20	1
446	2	THEODORE	CULP	THEODORE.CULP@sakilacustomer.org	451	t	2006-02-14	2006-02-15 04:57:20	0
194	2	KRISTEN	CHAVEZ	KRISTEN.CHAVEZ@sakilacustomer.org	198	t	2006-02-14	2006-02-15 04:57:20	1
490	1	SAM	MCDUFFIE	SAM.MCDUFFIE@sakilacustomer.org	495	t	2006-02-14	2006-02-15 04:57:20	1
302	1	MICHAEL	SILVERMAN	MICHAEL.SILVERMAN@sakilacustomer.org	307	t	2006-02-14	2006-02-15 04:57:20	1
141	1	DEBBIE	REYES	DEBBIE.REYES@sakilacustomer.org	145	t	2006-02-14	2006-02-15 04:57:20	1
373	1	LOUIS	LEONE	LOUIS.LEONE@sakilacustomer.org	378	t	2006-02-14	2006-02-15 04:57:20	1
234	1	CLAUDIA	FULLER	CLAUDIA.FULLER@sakilacustomer.org	238	t	2006-02-14	2006-02-15 04:57:20	1
588	1	MARION	OCAMPO	MARION.OCAMPO@sakilacustomer.org	594	t	2006-02-14	2006-02-15 04:57:20	1
94	1	NORMA	GONZALES	NORMA.GONZALES@sakilacustomer.org	98	t	2006-02-14	2006-02-15 04:57:20	1
65	2	ROSE	HOWARD	ROSE.HOWARD@sakilacustomer.org	69	t	2006-02-14	2006-02-15 04:57:20	1
241	2	HEIDI	LARSON	HEIDI.LARSON@sakilacustomer.org	245	t	2006-02-14	2006-02-15 04:57:20	0
101	1	PEGGY	MYERS	PEGGY.MYERS@sakilacustomer.org	105	t	2006-02-14	2006-02-15 04:57:20	1
323	2	MATTHEW	MAHAN	MATTHEW.MAHAN@sakilacustomer.org	328	t	2006-02-14	2006-02-15 04:57:20	1
561	2	IAN	STILL	IAN.STILL@sakilacustomer.org	567	t	2006-02-14	2006-02-15 04:57:20	1
83	1	LOUISE	JENKINS	LOUISE.JENKINS@sakilacustomer.org	87	t	2006-02-14	2006-02-15 04:57:20	1
257	2	MARSHA	DOUGLAS	MARSHA.DOUGLAS@sakilacustomer.org	262	t	2006-02-14	2006-02-15 04:57:20	1
519	2	RON	DELUCA	RON.DELUCA@sakilacustomer.org	525	t	2006-02-14	2006-02-15 04:57:20	1
71	1	KATHY	JAMES	KATHY.JAMES@sakilacustomer.org	75	t	2006-02-14	2006-02-15 04:57:20	1
60	1	MILDRED	BAILEY	MILDRED.BAILEY@sakilacustomer.org	64	t	2006-02-14	2006-02-15 04:57:20	1
523	1	HARVEY	GUAJARDO	HARVEY.GUAJARDO@sakilacustomer.org	529	t	2006-02-14	2006-02-15 04:57:20	1
503	1	ANGEL	BARCLAY	ANGEL.BARCLAY@sakilacustomer.org	508	t	2006-02-14	2006-02-15 04:57:20	1
305	1	RICHARD	MCCRARY	RICHARD.MCCRARY@sakilacustomer.org	310	t	2006-02-14	2006-02-15 04:57:20	1
165	2	LORRAINE	STEPHENS	LORRAINE.STEPHENS@sakilacustomer.org	169	t	2006-02-14	2006-02-15 04:57:20	1
295	1	DAISY	BATES	DAISY.BATES@sakilacustomer.org	300	t	2006-02-14	2006-02-15 04:57:20	1
92	2	TINA	SIMMONS	TINA.SIMMONS@sakilacustomer.org	96	t	2006-02-14	2006-02-15 04:57:20	1
130	1	CHARLOTTE	HUNTER	CHARLOTTE.HUNTER@sakilacustomer.org	134	t	2006-02-14	2006-02-15 04:57:20	1
188	1	MELANIE	ARMSTRONG	MELANIE.ARMSTRONG@sakilacustomer.org	192	t	2006-02-14	2006-02-15 04:57:20	1
426	1	BRADLEY	MOTLEY	BRADLEY.MOTLEY@sakilacustomer.org	431	t	2006-02-14	2006-02-15 04:57:20	1
474	2	DUSTIN	GILLETTE	DUSTIN.GILLETTE@sakilacustomer.org	479	t	2006-02-14	2006-02-15 04:57:20	1
134	1	EMMA	BOYD	EMMA.BOYD@sakilacustomer.org	138	t	2006-02-14	2006-02-15 04:57:20	1
17	1	DONNA	THOMPSON	DONNA.THOMPSON@sakilacustomer.org	21	t	2006-02-14	2006-02-15 04:57:20	1
10	1	DOROTHY	TAYLOR	DOROTHY.TAYLOR@sakilacustomer.org	14	t	2006-02-14	2006-02-15 04:57:20	1
469	2	WESLEY	BULL	WESLEY.BULL@sakilacustomer.org	474	t	2006-02-14	2006-02-15 04:57:20	1
164	2	JOANN	GARDNER	JOANN.GARDNER@sakilacustomer.org	168	t	2006-02-14	2006-02-15 04:57:20	1
423	2	ALFRED	CASILLAS	ALFRED.CASILLAS@sakilacustomer.org	428	t	2006-02-14	2006-02-15 04:57:20	1
103	1	GLADYS	HAMILTON	GLADYS.HAMILTON@sakilacustomer.org	107	t	2006-02-14	2006-02-15 04:57:20	1
264	1	GWENDOLYN	MAY	GWENDOLYN.MAY@sakilacustomer.org	269	t	2006-02-14	2006-02-15 04:57:20	1
544	2	CODY	NOLEN	CODY.NOLEN@sakilacustomer.org	550	t	2006-02-14	2006-02-15 04:57:20	1
72	2	THERESA	WATSON	THERESA.WATSON@sakilacustomer.org	76	t	2006-02-14	2006-02-15 04:57:20	1
153	2	SUZANNE	NICHOLS	SUZANNE.NICHOLS@sakilacustomer.org	157	t	2006-02-14	2006-02-15 04:57:20	1
467	2	ALVIN	DELOACH	ALVIN.DELOACH@sakilacustomer.org	472	t	2006-02-14	2006-02-15 04:57:20	1
288	1	BOBBIE	CRAIG	BOBBIE.CRAIG@sakilacustomer.org	293	t	2006-02-14	2006-02-15 04:57:20	1
184	1	VIVIAN	RUIZ	VIVIAN.RUIZ@sakilacustomer.org	188	t	2006-02-14	2006-02-15 04:57:20	1
476	1	DERRICK	BOURQUE	DERRICK.BOURQUE@sakilacustomer.org	481	t	2006-02-14	2006-02-15 04:57:20	1
345	1	CARL	ARTIS	CARL.ARTIS@sakilacustomer.org	350	t	2006-02-14	2006-02-15 04:57:20	1
545	2	JULIO	NOLAND	JULIO.NOLAND@sakilacustomer.org	551	t	2006-02-14	2006-02-15 04:57:20	1
192	1	LAURIE	LAWRENCE	LAURIE.LAWRENCE@sakilacustomer.org	196	t	2006-02-14	2006-02-15 04:57:20	1
460	1	LEON	BOSTIC	LEON.BOSTIC@sakilacustomer.org	465	t	2006-02-14	2006-02-15 04:57:20	1
19	1	RUTH	MARTINEZ	RUTH.MARTINEZ@sakilacustomer.org	23	t	2006-02-14	2006-02-15 04:57:20	1
282	2	JENNY	CASTRO	JENNY.CASTRO@sakilacustomer.org	287	t	2006-02-14	2006-02-15 04:57:20	1
36	2	KATHLEEN	ADAMS	KATHLEEN.ADAMS@sakilacustomer.org	40	t	2006-02-14	2006-02-15 04:57:20	1
536	2	FERNANDO	CHURCHILL	FERNANDO.CHURCHILL@sakilacustomer.org	542	t	2006-02-14	2006-02-15 04:57:20	1
516	2	ELMER	NOE	ELMER.NOE@sakilacustomer.org	522	t	2006-02-14	2006-02-15 04:57:20	1
128	1	MARJORIE	TUCKER	MARJORIE.TUCKER@sakilacustomer.org	132	t	2006-02-14	2006-02-15 04:57:20	1
406	1	NATHAN	RUNYON	NATHAN.RUNYON@sakilacustomer.org	411	t	2006-02-14	2006-02-15 04:57:20	0
197	2	SUE	PETERS	SUE.PETERS@sakilacustomer.org	201	t	2006-02-14	2006-02-15 04:57:20	1
556	2	ARMANDO	GRUBER	ARMANDO.GRUBER@sakilacustomer.org	562	t	2006-02-14	2006-02-15 04:57:20	1
249	2	DORA	MEDINA	DORA.MEDINA@sakilacustomer.org	253	t	2006-02-14	2006-02-15 04:57:20	1
310	2	DANIEL	CABRAL	DANIEL.CABRAL@sakilacustomer.org	315	t	2006-02-14	2006-02-15 04:57:20	1
395	2	JOHNNY	TURPIN	JOHNNY.TURPIN@sakilacustomer.org	400	t	2006-02-14	2006-02-15 04:57:20	1
358	2	SAMUEL	MARLOW	SAMUEL.MARLOW@sakilacustomer.org	363	t	2006-02-14	2006-02-15 04:57:20	1
530	2	DARRYL	ASHCRAFT	DARRYL.ASHCRAFT@sakilacustomer.org	536	t	2006-02-14	2006-02-15 04:57:20	1
161	1	GERALDINE	PERKINS	GERALDINE.PERKINS@sakilacustomer.org	165	t	2006-02-14	2006-02-15 04:57:20	1
274	1	NAOMI	JENNINGS	NAOMI.JENNINGS@sakilacustomer.org	279	t	2006-02-14	2006-02-15 04:57:20	1
124	1	SHEILA	WELLS	SHEILA.WELLS@sakilacustomer.org	128	t	2006-02-14	2006-02-15 04:57:20	0
58	1	JEAN	BELL	JEAN.BELL@sakilacustomer.org	62	t	2006-02-14	2006-02-15 04:57:20	1
70	2	CHRISTINA	RAMIREZ	CHRISTINA.RAMIREZ@sakilacustomer.org	74	t	2006-02-14	2006-02-15 04:57:20	1
109	2	EDNA	WEST	EDNA.WEST@sakilacustomer.org	113	t	2006-02-14	2006-02-15 04:57:20	1
275	2	CAROLE	BARNETT	CAROLE.BARNETT@sakilacustomer.org	280	t	2006-02-14	2006-02-15 04:57:20	1
280	2	TRACEY	BARRETT	TRACEY.BARRETT@sakilacustomer.org	285	t	2006-02-14	2006-02-15 04:57:20	1
212	2	WILMA	RICHARDS	WILMA.RICHARDS@sakilacustomer.org	216	t	2006-02-14	2006-02-15 04:57:20	1
34	2	REBECCA	SCOTT	REBECCA.SCOTT@sakilacustomer.org	38	t	2006-02-14	2006-02-15 04:57:20	1
577	2	CLIFTON	MALCOLM	CLIFTON.MALCOLM@sakilacustomer.org	583	t	2006-02-14	2006-02-15 04:57:20	1
299	2	JAMES	GANNON	JAMES.GANNON@sakilacustomer.org	304	t	2006-02-14	2006-02-15 04:57:20	1
559	2	EVERETT	BANDA	EVERETT.BANDA@sakilacustomer.org	565	t	2006-02-14	2006-02-15 04:57:20	1
272	1	KAY	CALDWELL	KAY.CALDWELL@sakilacustomer.org	277	t	2006-02-14	2006-02-15 04:57:20	1
313	2	DONALD	MAHON	DONALD.MAHON@sakilacustomer.org	318	t	2006-02-14	2006-02-15 04:57:20	1
53	1	HEATHER	MORRIS	HEATHER.MORRIS@sakilacustomer.org	57	t	2006-02-14	2006-02-15 04:57:20	1
317	2	EDWARD	BAUGH	EDWARD.BAUGH@sakilacustomer.org	322	t	2006-02-14	2006-02-15 04:57:20	1
378	1	EUGENE	CULPEPPER	EUGENE.CULPEPPER@sakilacustomer.org	383	t	2006-02-14	2006-02-15 04:57:20	1
278	2	BILLIE	HORTON	BILLIE.HORTON@sakilacustomer.org	283	t	2006-02-14	2006-02-15 04:57:20	1
389	1	ALAN	KAHN	ALAN.KAHN@sakilacustomer.org	394	t	2006-02-14	2006-02-15 04:57:20	1
468	1	TIM	CARY	TIM.CARY@sakilacustomer.org	473	t	2006-02-14	2006-02-15 04:57:20	1
54	1	TERESA	ROGERS	TERESA.ROGERS@sakilacustomer.org	58	t	2006-02-14	2006-02-15 04:57:20	1
258	1	MYRTLE	FLEMING	MYRTLE.FLEMING@sakilacustomer.org	263	t	2006-02-14	2006-02-15 04:57:20	1
344	1	HENRY	BILLINGSLEY	HENRY.BILLINGSLEY@sakilacustomer.org	349	t	2006-02-14	2006-02-15 04:57:20	1
172	1	BERNICE	WILLIS	BERNICE.WILLIS@sakilacustomer.org	176	t	2006-02-14	2006-02-15 04:57:20	1
521	2	ROLAND	SOUTH	ROLAND.SOUTH@sakilacustomer.org	527	t	2006-02-14	2006-02-15 04:57:20	1
195	1	VANESSA	SIMS	VANESSA.SIMS@sakilacustomer.org	199	t	2006-02-14	2006-02-15 04:57:20	1
244	2	VIOLA	HANSON	VIOLA.HANSON@sakilacustomer.org	248	t	2006-02-14	2006-02-15 04:57:20	1
369	2	FRED	WHEAT	FRED.WHEAT@sakilacustomer.org	374	t	2006-02-14	2006-02-15 04:57:20	1
582	2	ANDY	VANHORN	ANDY.VANHORN@sakilacustomer.org	588	t	2006-02-14	2006-02-15 04:57:20	1
269	1	CASSANDRA	WALTERS	CASSANDRA.WALTERS@sakilacustomer.org	274	t	2006-02-14	2006-02-15 04:57:20	1
23	2	SARAH	LEWIS	SARAH.LEWIS@sakilacustomer.org	27	t	2006-02-14	2006-02-15 04:57:20	1
119	1	SHERRY	MARSHALL	SHERRY.MARSHALL@sakilacustomer.org	123	t	2006-02-14	2006-02-15 04:57:20	1
381	2	BOBBY	BOUDREAU	BOBBY.BOUDREAU@sakilacustomer.org	386	t	2006-02-14	2006-02-15 04:57:20	1
185	1	ROBERTA	HARPER	ROBERTA.HARPER@sakilacustomer.org	189	t	2006-02-14	2006-02-15 04:57:20	1
557	1	FELIX	GAFFNEY	FELIX.GAFFNEY@sakilacustomer.org	563	t	2006-02-14	2006-02-15 04:57:20	1
157	2	DARLENE	ROSE	DARLENE.ROSE@sakilacustomer.org	161	t	2006-02-14	2006-02-15 04:57:20	1
528	1	CLAUDE	HERZOG	CLAUDE.HERZOG@sakilacustomer.org	534	t	2006-02-14	2006-02-15 04:57:20	1
512	1	CECIL	VINES	CECIL.VINES@sakilacustomer.org	517	t	2006-02-14	2006-02-15 04:57:20	1
309	1	CHRISTOPHER	GRECO	CHRISTOPHER.GRECO@sakilacustomer.org	314	t	2006-02-14	2006-02-15 04:57:20	1
308	1	THOMAS	GRIGSBY	THOMAS.GRIGSBY@sakilacustomer.org	313	t	2006-02-14	2006-02-15 04:57:20	1
271	1	PENNY	NEAL	PENNY.NEAL@sakilacustomer.org	276	t	2006-02-14	2006-02-15 04:57:20	0
574	2	JULIAN	VEST	JULIAN.VEST@sakilacustomer.org	580	t	2006-02-14	2006-02-15 04:57:20	1
69	2	JUDY	GRAY	JUDY.GRAY@sakilacustomer.org	73	t	2006-02-14	2006-02-15 04:57:20	1
183	2	IDA	ANDREWS	IDA.ANDREWS@sakilacustomer.org	187	t	2006-02-14	2006-02-15 04:57:20	1
520	2	MITCHELL	WESTMORELAND	MITCHELL.WESTMORELAND@sakilacustomer.org	526	t	2006-02-14	2006-02-15 04:57:20	1
593	2	RENE	MCALISTER	RENE.MCALISTER@sakilacustomer.org	599	t	2006-02-14	2006-02-15 04:57:20	1
87	1	WANDA	PATTERSON	WANDA.PATTERSON@sakilacustomer.org	91	t	2006-02-14	2006-02-15 04:57:20	1
551	2	CLAYTON	BARBEE	CLAYTON.BARBEE@sakilacustomer.org	557	t	2006-02-14	2006-02-15 04:57:20	1
4	2	BARBARA	JONES	BARBARA.JONES@sakilacustomer.org	8	t	2006-02-14	2006-02-15 04:57:20	1
352	1	ALBERT	CROUSE	ALBERT.CROUSE@sakilacustomer.org	357	t	2006-02-14	2006-02-15 04:57:20	1
400	2	BRYAN	HARDISON	BRYAN.HARDISON@sakilacustomer.org	405	t	2006-02-14	2006-02-15 04:57:20	1
260	1	CHRISTY	VARGAS	CHRISTY.VARGAS@sakilacustomer.org	265	t	2006-02-14	2006-02-15 04:57:20	1
18	2	CAROL	GARCIA	CAROL.GARCIA@sakilacustomer.org	22	t	2006-02-14	2006-02-15 04:57:20	1
66	2	JANICE	WARD	JANICE.WARD@sakilacustomer.org	70	t	2006-02-14	2006-02-15 04:57:20	1
154	2	MICHELE	GRANT	MICHELE.GRANT@sakilacustomer.org	158	t	2006-02-14	2006-02-15 04:57:20	1
117	1	EDITH	MCDONALD	EDITH.MCDONALD@sakilacustomer.org	121	t	2006-02-14	2006-02-15 04:57:20	1
477	1	DAN	PAINE	DAN.PAINE@sakilacustomer.org	482	t	2006-02-14	2006-02-15 04:57:20	1
430	1	RAY	HOULE	RAY.HOULE@sakilacustomer.org	435	t	2006-02-14	2006-02-15 04:57:20	1
254	2	MAXINE	SILVA	MAXINE.SILVA@sakilacustomer.org	259	t	2006-02-14	2006-02-15 04:57:20	1
331	1	ERIC	ROBERT	ERIC.ROBERT@sakilacustomer.org	336	t	2006-02-14	2006-02-15 04:57:20	1
382	2	VICTOR	BARKLEY	VICTOR.BARKLEY@sakilacustomer.org	387	t	2006-02-14	2006-02-15 04:57:20	1
356	2	GERALD	FULTZ	GERALD.FULTZ@sakilacustomer.org	361	t	2006-02-14	2006-02-15 04:57:20	1
220	2	CHARLENE	ALVAREZ	CHARLENE.ALVAREZ@sakilacustomer.org	224	t	2006-02-14	2006-02-15 04:57:20	1
30	1	MELISSA	KING	MELISSA.KING@sakilacustomer.org	34	t	2006-02-14	2006-02-15 04:57:20	1
405	1	LEONARD	SCHOFIELD	LEONARD.SCHOFIELD@sakilacustomer.org	410	t	2006-02-14	2006-02-15 04:57:20	1
177	2	SAMANTHA	DUNCAN	SAMANTHA.DUNCAN@sakilacustomer.org	181	t	2006-02-14	2006-02-15 04:57:20	1
68	1	NICOLE	PETERSON	NICOLE.PETERSON@sakilacustomer.org	72	t	2006-02-14	2006-02-15 04:57:20	1
57	2	EVELYN	MORGAN	EVELYN.MORGAN@sakilacustomer.org	61	t	2006-02-14	2006-02-15 04:57:20	1
186	2	HOLLY	FOX	HOLLY.FOX@sakilacustomer.org	190	t	2006-02-14	2006-02-15 04:57:20	1
441	1	MARIO	CHEATHAM	MARIO.CHEATHAM@sakilacustomer.org	446	t	2006-02-14	2006-02-15 04:57:20	1
431	2	JOEL	FRANCISCO	JOEL.FRANCISCO@sakilacustomer.org	436	t	2006-02-14	2006-02-15 04:57:20	1
169	2	ERICA	MATTHEWS	ERICA.MATTHEWS@sakilacustomer.org	173	t	2006-02-14	2006-02-15 04:57:20	0
380	1	RUSSELL	BRINSON	RUSSELL.BRINSON@sakilacustomer.org	385	t	2006-02-14	2006-02-15 04:57:20	1
493	1	BRENT	HARKINS	BRENT.HARKINS@sakilacustomer.org	498	t	2006-02-14	2006-02-15 04:57:20	1
447	1	CLIFFORD	BOWENS	CLIFFORD.BOWENS@sakilacustomer.org	452	t	2006-02-14	2006-02-15 04:57:20	1
138	1	HAZEL	WARREN	HAZEL.WARREN@sakilacustomer.org	142	t	2006-02-14	2006-02-15 04:57:20	1
88	2	BONNIE	HUGHES	BONNIE.HUGHES@sakilacustomer.org	92	t	2006-02-14	2006-02-15 04:57:20	1
314	1	GEORGE	LINTON	GEORGE.LINTON@sakilacustomer.org	319	t	2006-02-14	2006-02-15 04:57:20	1
362	1	NICHOLAS	BARFIELD	NICHOLAS.BARFIELD@sakilacustomer.org	367	t	2006-02-14	2006-02-15 04:57:20	1
100	1	ROBIN	HAYES	ROBIN.HAYES@sakilacustomer.org	104	t	2006-02-14	2006-02-15 04:57:20	1
163	1	CATHY	SPENCER	CATHY.SPENCER@sakilacustomer.org	167	t	2006-02-14	2006-02-15 04:57:20	1
396	1	EARL	SHANKS	EARL.SHANKS@sakilacustomer.org	401	t	2006-02-14	2006-02-15 04:57:20	1
129	1	CARRIE	PORTER	CARRIE.PORTER@sakilacustomer.org	133	t	2006-02-14	2006-02-15 04:57:20	1
37	1	PAMELA	BAKER	PAMELA.BAKER@sakilacustomer.org	41	t	2006-02-14	2006-02-15 04:57:20	1
99	2	EMILY	DIAZ	EMILY.DIAZ@sakilacustomer.org	103	t	2006-02-14	2006-02-15 04:57:20	1
267	1	MARGIE	WADE	MARGIE.WADE@sakilacustomer.org	272	t	2006-02-14	2006-02-15 04:57:20	1
210	2	ELLA	OLIVER	ELLA.OLIVER@sakilacustomer.org	214	t	2006-02-14	2006-02-15 04:57:20	1
445	1	MICHEAL	FORMAN	MICHEAL.FORMAN@sakilacustomer.org	450	t	2006-02-14	2006-02-15 04:57:20	1
266	2	NORA	HERRERA	NORA.HERRERA@sakilacustomer.org	271	t	2006-02-14	2006-02-15 04:57:20	1
261	1	DEANNA	BYRD	DEANNA.BYRD@sakilacustomer.org	266	t	2006-02-14	2006-02-15 04:57:20	1
287	2	BECKY	MILES	BECKY.MILES@sakilacustomer.org	292	t	2006-02-14	2006-02-15 04:57:20	1
173	1	AUDREY	RAY	AUDREY.RAY@sakilacustomer.org	177	t	2006-02-14	2006-02-15 04:57:20	1
388	2	CRAIG	MORRELL	CRAIG.MORRELL@sakilacustomer.org	393	t	2006-02-14	2006-02-15 04:57:20	1
217	2	AGNES	BISHOP	AGNES.BISHOP@sakilacustomer.org	221	t	2006-02-14	2006-02-15 04:57:20	1
235	1	JACKIE	LYNCH	JACKIE.LYNCH@sakilacustomer.org	239	t	2006-02-14	2006-02-15 04:57:20	1
156	1	BERTHA	FERGUSON	BERTHA.FERGUSON@sakilacustomer.org	160	t	2006-02-14	2006-02-15 04:57:20	1
294	2	SHELLY	WATTS	SHELLY.WATTS@sakilacustomer.org	299	t	2006-02-14	2006-02-15 04:57:20	1
75	2	TAMMY	SANDERS	TAMMY.SANDERS@sakilacustomer.org	79	t	2006-02-14	2006-02-15 04:57:20	1
207	1	GERTRUDE	CASTILLO	GERTRUDE.CASTILLO@sakilacustomer.org	211	t	2006-02-14	2006-02-15 04:57:20	1
84	2	SARA	PERRY	SARA.PERRY@sakilacustomer.org	88	t	2006-02-14	2006-02-15 04:57:20	1
420	1	JACOB	LANCE	JACOB.LANCE@sakilacustomer.org	425	t	2006-02-14	2006-02-15 04:57:20	1
333	2	ANDREW	PURDY	ANDREW.PURDY@sakilacustomer.org	338	t	2006-02-14	2006-02-15 04:57:20	1
459	1	TOMMY	COLLAZO	TOMMY.COLLAZO@sakilacustomer.org	464	t	2006-02-14	2006-02-15 04:57:20	1
485	1	CLYDE	TOBIAS	CLYDE.TOBIAS@sakilacustomer.org	490	t	2006-02-14	2006-02-15 04:57:20	1
334	2	RAYMOND	MCWHORTER	RAYMOND.MCWHORTER@sakilacustomer.org	339	t	2006-02-14	2006-02-15 04:57:20	1
505	1	RAFAEL	ABNEY	RAFAEL.ABNEY@sakilacustomer.org	510	t	2006-02-14	2006-02-15 04:57:20	1
440	1	BERNARD	COLBY	BERNARD.COLBY@sakilacustomer.org	445	t	2006-02-14	2006-02-15 04:57:20	1
63	1	ASHLEY	RICHARDSON	ASHLEY.RICHARDSON@sakilacustomer.org	67	t	2006-02-14	2006-02-15 04:57:20	1
522	2	ARNOLD	HAVENS	ARNOLD.HAVENS@sakilacustomer.org	528	t	2006-02-14	2006-02-15 04:57:20	1
354	2	JUSTIN	NGO	JUSTIN.NGO@sakilacustomer.org	359	t	2006-02-14	2006-02-15 04:57:20	1
230	2	JOY	GEORGE	JOY.GEORGE@sakilacustomer.org	234	t	2006-02-14	2006-02-15 04:57:20	1
386	1	TODD	TAN	TODD.TAN@sakilacustomer.org	391	t	2006-02-14	2006-02-15 04:57:20	1
67	1	KELLY	TORRES	KELLY.TORRES@sakilacustomer.org	71	t	2006-02-14	2006-02-15 04:57:20	1
448	1	MIGUEL	BETANCOURT	MIGUEL.BETANCOURT@sakilacustomer.org	453	t	2006-02-14	2006-02-15 04:57:20	1
168	1	REGINA	BERRY	REGINA.BERRY@sakilacustomer.org	172	t	2006-02-14	2006-02-15 04:57:20	1
495	2	CHARLIE	BESS	CHARLIE.BESS@sakilacustomer.org	500	t	2006-02-14	2006-02-15 04:57:20	1
211	1	STACEY	MONTGOMERY	STACEY.MONTGOMERY@sakilacustomer.org	215	t	2006-02-14	2006-02-15 04:57:20	1
597	1	FREDDIE	DUGGAN	FREDDIE.DUGGAN@sakilacustomer.org	603	t	2006-02-14	2006-02-15 04:57:20	1
416	2	JEFFERY	PINSON	JEFFERY.PINSON@sakilacustomer.org	421	t	2006-02-14	2006-02-15 04:57:20	1
413	2	MARVIN	YEE	MARVIN.YEE@sakilacustomer.org	418	t	2006-02-14	2006-02-15 04:57:20	1
462	2	WARREN	SHERROD	WARREN.SHERROD@sakilacustomer.org	467	t	2006-02-14	2006-02-15 04:57:20	1
27	2	SHIRLEY	ALLEN	SHIRLEY.ALLEN@sakilacustomer.org	31	t	2006-02-14	2006-02-15 04:57:20	1
151	2	MEGAN	PALMER	MEGAN.PALMER@sakilacustomer.org	155	t	2006-02-14	2006-02-15 04:57:20	1
515	1	ANDRE	RAPP	ANDRE.RAPP@sakilacustomer.org	521	t	2006-02-14	2006-02-15 04:57:20	1
507	2	EDGAR	RHOADS	EDGAR.RHOADS@sakilacustomer.org	512	t	2006-02-14	2006-02-15 04:57:20	1
79	1	RACHEL	BARNES	RACHEL.BARNES@sakilacustomer.org	83	t	2006-02-14	2006-02-15 04:57:20	1
248	1	CAROLINE	BOWMAN	CAROLINE.BOWMAN@sakilacustomer.org	252	t	2006-02-14	2006-02-15 04:57:20	1
361	2	LAWRENCE	LAWTON	LAWRENCE.LAWTON@sakilacustomer.org	366	t	2006-02-14	2006-02-15 04:57:20	1
346	1	ARTHUR	SIMPKINS	ARTHUR.SIMPKINS@sakilacustomer.org	351	t	2006-02-14	2006-02-15 04:57:20	1
596	1	ENRIQUE	FORSYTHE	ENRIQUE.FORSYTHE@sakilacustomer.org	602	t	2006-02-14	2006-02-15 04:57:20	1
2	1	PATRICIA	JOHNSON	PATRICIA.JOHNSON@sakilacustomer.org	6	t	2006-02-14	2006-02-15 04:57:20	1
240	1	MARLENE	WELCH	MARLENE.WELCH@sakilacustomer.org	244	t	2006-02-14	2006-02-15 04:57:20	1
216	1	NATALIE	MEYER	NATALIE.MEYER@sakilacustomer.org	220	t	2006-02-14	2006-02-15 04:57:20	1
174	2	YVONNE	WATKINS	YVONNE.WATKINS@sakilacustomer.org	178	t	2006-02-14	2006-02-15 04:57:20	1
514	2	FRANKLIN	TROUTMAN	FRANKLIN.TROUTMAN@sakilacustomer.org	520	t	2006-02-14	2006-02-15 04:57:20	1
436	1	TROY	QUIGLEY	TROY.QUIGLEY@sakilacustomer.org	441	t	2006-02-14	2006-02-15 04:57:20	1
330	1	SCOTT	SHELLEY	SCOTT.SHELLEY@sakilacustomer.org	335	t	2006-02-14	2006-02-15 04:57:20	1
122	1	THELMA	MURRAY	THELMA.MURRAY@sakilacustomer.org	126	t	2006-02-14	2006-02-15 04:57:20	1
8	2	SUSAN	WILSON	SUSAN.WILSON@sakilacustomer.org	12	t	2006-02-14	2006-02-15 04:57:20	1
209	2	TONYA	CHAPMAN	TONYA.CHAPMAN@sakilacustomer.org	213	t	2006-02-14	2006-02-15 04:57:20	1
562	1	WALLACE	SLONE	WALLACE.SLONE@sakilacustomer.org	568	t	2006-02-14	2006-02-15 04:57:20	1
145	1	LUCILLE	HOLMES	LUCILLE.HOLMES@sakilacustomer.org	149	t	2006-02-14	2006-02-15 04:57:20	1
412	2	ALLEN	BUTTERFIELD	ALLEN.BUTTERFIELD@sakilacustomer.org	417	t	2006-02-14	2006-02-15 04:57:20	1
132	2	ESTHER	CRAWFORD	ESTHER.CRAWFORD@sakilacustomer.org	136	t	2006-02-14	2006-02-15 04:57:20	1
366	1	BRANDON	HUEY	BRANDON.HUEY@sakilacustomer.org	371	t	2006-02-14	2006-02-15 04:57:20	1
289	1	VIOLET	RODRIQUEZ	VIOLET.RODRIQUEZ@sakilacustomer.org	294	t	2006-02-14	2006-02-15 04:57:20	1
401	2	TONY	CARRANZA	TONY.CARRANZA@sakilacustomer.org	406	t	2006-02-14	2006-02-15 04:57:20	1
450	1	JAY	ROBB	JAY.ROBB@sakilacustomer.org	455	t	2006-02-14	2006-02-15 04:57:20	1
324	2	GARY	COY	GARY.COY@sakilacustomer.org	329	t	2006-02-14	2006-02-15 04:57:20	1
292	2	MISTY	LAMBERT	MISTY.LAMBERT@sakilacustomer.org	297	t	2006-02-14	2006-02-15 04:57:20	1
221	1	BESSIE	MORRISON	BESSIE.MORRISON@sakilacustomer.org	225	t	2006-02-14	2006-02-15 04:57:20	1
497	2	GILBERT	SLEDGE	GILBERT.SLEDGE@sakilacustomer.org	502	t	2006-02-14	2006-02-15 04:57:20	1
501	1	RUBEN	GEARY	RUBEN.GEARY@sakilacustomer.org	506	t	2006-02-14	2006-02-15 04:57:20	1
281	2	LEONA	OBRIEN	LEONA.OBRIEN@sakilacustomer.org	286	t	2006-02-14	2006-02-15 04:57:20	1
549	1	NELSON	CHRISTENSON	NELSON.CHRISTENSON@sakilacustomer.org	555	t	2006-02-14	2006-02-15 04:57:20	1
225	1	ARLENE	HARVEY	ARLENE.HARVEY@sakilacustomer.org	229	t	2006-02-14	2006-02-15 04:57:20	1
204	1	ROSEMARY	SCHMIDT	ROSEMARY.SCHMIDT@sakilacustomer.org	208	t	2006-02-14	2006-02-15 04:57:20	1
473	2	JORGE	OLIVARES	JORGE.OLIVARES@sakilacustomer.org	478	t	2006-02-14	2006-02-15 04:57:20	1
46	2	CATHERINE	CAMPBELL	CATHERINE.CAMPBELL@sakilacustomer.org	50	t	2006-02-14	2006-02-15 04:57:20	1
104	1	RITA	GRAHAM	RITA.GRAHAM@sakilacustomer.org	108	t	2006-02-14	2006-02-15 04:57:20	1
80	1	MARILYN	ROSS	MARILYN.ROSS@sakilacustomer.org	84	t	2006-02-14	2006-02-15 04:57:20	1
301	2	ROBERT	BAUGHMAN	ROBERT.BAUGHMAN@sakilacustomer.org	306	t	2006-02-14	2006-02-15 04:57:20	1
14	2	BETTY	WHITE	BETTY.WHITE@sakilacustomer.org	18	t	2006-02-14	2006-02-15 04:57:20	1
533	1	JESSIE	MILAM	JESSIE.MILAM@sakilacustomer.org	539	t	2006-02-14	2006-02-15 04:57:20	1
35	2	VIRGINIA	GREEN	VIRGINIA.GREEN@sakilacustomer.org	39	t	2006-02-14	2006-02-15 04:57:20	1
270	1	LEAH	CURTIS	LEAH.CURTIS@sakilacustomer.org	275	t	2006-02-14	2006-02-15 04:57:20	1
56	1	GLORIA	COOK	GLORIA.COOK@sakilacustomer.org	60	t	2006-02-14	2006-02-15 04:57:20	1
452	1	TOM	MILNER	TOM.MILNER@sakilacustomer.org	457	t	2006-02-14	2006-02-15 04:57:20	1
486	1	GLEN	TALBERT	GLEN.TALBERT@sakilacustomer.org	491	t	2006-02-14	2006-02-15 04:57:20	1
586	1	KIRK	STCLAIR	KIRK.STCLAIR@sakilacustomer.org	592	t	2006-02-14	2006-02-15 04:57:20	1
584	2	SALVADOR	TEEL	SALVADOR.TEEL@sakilacustomer.org	590	t	2006-02-14	2006-02-15 04:57:20	1
390	1	SHAWN	HEATON	SHAWN.HEATON@sakilacustomer.org	395	t	2006-02-14	2006-02-15 04:57:20	1
111	1	CARMEN	OWENS	CARMEN.OWENS@sakilacustomer.org	115	t	2006-02-14	2006-02-15 04:57:20	1
93	1	PHYLLIS	FOSTER	PHYLLIS.FOSTER@sakilacustomer.org	97	t	2006-02-14	2006-02-15 04:57:20	1
338	1	DENNIS	GILMAN	DENNIS.GILMAN@sakilacustomer.org	343	t	2006-02-14	2006-02-15 04:57:20	1
402	1	LUIS	YANEZ	LUIS.YANEZ@sakilacustomer.org	407	t	2006-02-14	2006-02-15 04:57:20	1
223	1	MELINDA	FERNANDEZ	MELINDA.FERNANDEZ@sakilacustomer.org	227	t	2006-02-14	2006-02-15 04:57:20	1
246	1	MARIAN	MENDOZA	MARIAN.MENDOZA@sakilacustomer.org	250	t	2006-02-14	2006-02-15 04:57:20	1
22	1	LAURA	RODRIGUEZ	LAURA.RODRIGUEZ@sakilacustomer.org	26	t	2006-02-14	2006-02-15 04:57:20	1
529	2	ERIK	GUILLEN	ERIK.GUILLEN@sakilacustomer.org	535	t	2006-02-14	2006-02-15 04:57:20	1
120	2	SYLVIA	ORTIZ	SYLVIA.ORTIZ@sakilacustomer.org	124	t	2006-02-14	2006-02-15 04:57:20	1
24	2	KIMBERLY	LEE	KIMBERLY.LEE@sakilacustomer.org	28	t	2006-02-14	2006-02-15 04:57:20	1
245	1	COURTNEY	DAY	COURTNEY.DAY@sakilacustomer.org	249	t	2006-02-14	2006-02-15 04:57:20	1
449	2	OSCAR	AQUINO	OSCAR.AQUINO@sakilacustomer.org	454	t	2006-02-14	2006-02-15 04:57:20	1
357	1	KEITH	RICO	KEITH.RICO@sakilacustomer.org	362	t	2006-02-14	2006-02-15 04:57:20	1
494	2	RAMON	CHOATE	RAMON.CHOATE@sakilacustomer.org	499	t	2006-02-14	2006-02-15 04:57:20	1
247	1	STELLA	MORENO	STELLA.MORENO@sakilacustomer.org	251	t	2006-02-14	2006-02-15 04:57:20	1
364	1	BENJAMIN	VARNEY	BENJAMIN.VARNEY@sakilacustomer.org	369	t	2006-02-14	2006-02-15 04:57:20	1
127	2	ELAINE	STEVENS	ELAINE.STEVENS@sakilacustomer.org	131	t	2006-02-14	2006-02-15 04:57:20	1
193	2	KATIE	ELLIOTT	KATIE.ELLIOTT@sakilacustomer.org	197	t	2006-02-14	2006-02-15 04:57:20	1
541	2	DARREN	WINDHAM	DARREN.WINDHAM@sakilacustomer.org	547	t	2006-02-14	2006-02-15 04:57:20	1
466	1	LEO	EBERT	LEO.EBERT@sakilacustomer.org	471	t	2006-02-14	2006-02-15 04:57:20	1
591	1	KENT	ARSENAULT	KENT.ARSENAULT@sakilacustomer.org	597	t	2006-02-14	2006-02-15 04:57:20	1
26	2	JESSICA	HALL	JESSICA.HALL@sakilacustomer.org	30	t	2006-02-14	2006-02-15 04:57:20	1
237	1	TANYA	GILBERT	TANYA.GILBERT@sakilacustomer.org	241	t	2006-02-14	2006-02-15 04:57:20	1
82	1	KATHRYN	COLEMAN	KATHRYN.COLEMAN@sakilacustomer.org	86	t	2006-02-14	2006-02-15 04:57:20	1
457	2	BILL	GAVIN	BILL.GAVIN@sakilacustomer.org	462	t	2006-02-14	2006-02-15 04:57:20	1
158	1	VERONICA	STONE	VERONICA.STONE@sakilacustomer.org	162	t	2006-02-14	2006-02-15 04:57:20	1
114	2	GRACE	ELLIS	GRACE.ELLIS@sakilacustomer.org	118	t	2006-02-14	2006-02-15 04:57:20	1
39	1	DEBRA	NELSON	DEBRA.NELSON@sakilacustomer.org	43	t	2006-02-14	2006-02-15 04:57:20	1
118	1	KIM	CRUZ	KIM.CRUZ@sakilacustomer.org	122	t	2006-02-14	2006-02-15 04:57:20	1
293	2	MAE	FLETCHER	MAE.FLETCHER@sakilacustomer.org	298	t	2006-02-14	2006-02-15 04:57:20	1
422	1	MELVIN	ELLINGTON	MELVIN.ELLINGTON@sakilacustomer.org	427	t	2006-02-14	2006-02-15 04:57:20	1
251	2	VICKIE	BREWER	VICKIE.BREWER@sakilacustomer.org	255	t	2006-02-14	2006-02-15 04:57:20	1
403	1	MIKE	WAY	MIKE.WAY@sakilacustomer.org	408	t	2006-02-14	2006-02-15 04:57:20	1
342	1	HAROLD	MARTINO	HAROLD.MARTINO@sakilacustomer.org	347	t	2006-02-14	2006-02-15 04:57:20	1
62	1	JOAN	COOPER	JOAN.COOPER@sakilacustomer.org	66	t	2006-02-14	2006-02-15 04:57:20	1
187	2	BRITTANY	RILEY	BRITTANY.RILEY@sakilacustomer.org	191	t	2006-02-14	2006-02-15 04:57:20	1
147	2	JOANNE	ROBERTSON	JOANNE.ROBERTSON@sakilacustomer.org	151	t	2006-02-14	2006-02-15 04:57:20	1
377	1	HOWARD	FORTNER	HOWARD.FORTNER@sakilacustomer.org	382	t	2006-02-14	2006-02-15 04:57:20	1
28	1	CYNTHIA	YOUNG	CYNTHIA.YOUNG@sakilacustomer.org	32	t	2006-02-14	2006-02-15 04:57:20	1
213	1	GINA	WILLIAMSON	GINA.WILLIAMSON@sakilacustomer.org	217	t	2006-02-14	2006-02-15 04:57:20	1
560	1	JORDAN	ARCHULETA	JORDAN.ARCHULETA@sakilacustomer.org	566	t	2006-02-14	2006-02-15 04:57:20	1
471	1	DEAN	SAUER	DEAN.SAUER@sakilacustomer.org	476	t	2006-02-14	2006-02-15 04:57:20	1
74	1	DENISE	KELLY	DENISE.KELLY@sakilacustomer.org	78	t	2006-02-14	2006-02-15 04:57:20	1
298	1	ERIKA	PENA	ERIKA.PENA@sakilacustomer.org	303	t	2006-02-14	2006-02-15 04:57:20	1
461	1	DEREK	BLAKELY	DEREK.BLAKELY@sakilacustomer.org	466	t	2006-02-14	2006-02-15 04:57:20	1
524	1	JARED	ELY	JARED.ELY@sakilacustomer.org	530	t	2006-02-14	2006-02-15 04:57:20	1
379	1	CARLOS	COUGHLIN	CARLOS.COUGHLIN@sakilacustomer.org	384	t	2006-02-14	2006-02-15 04:57:20	1
587	1	SERGIO	STANFIELD	SERGIO.STANFIELD@sakilacustomer.org	593	t	2006-02-14	2006-02-15 04:57:20	1
33	2	ANNA	HILL	ANNA.HILL@sakilacustomer.org	37	t	2006-02-14	2006-02-15 04:57:20	1
464	1	JEROME	KENYON	JEROME.KENYON@sakilacustomer.org	469	t	2006-02-14	2006-02-15 04:57:20	1
558	1	JIMMIE	EGGLESTON	JIMMIE.EGGLESTON@sakilacustomer.org	564	t	2006-02-14	2006-02-15 04:57:20	0
433	1	DON	BONE	DON.BONE@sakilacustomer.org	438	t	2006-02-14	2006-02-15 04:57:20	1
327	2	LARRY	THRASHER	LARRY.THRASHER@sakilacustomer.org	332	t	2006-02-14	2006-02-15 04:57:20	1
527	1	CORY	MEEHAN	CORY.MEEHAN@sakilacustomer.org	533	t	2006-02-14	2006-02-15 04:57:20	1
482	1	MAURICE	CRAWLEY	MAURICE.CRAWLEY@sakilacustomer.org	487	t	2006-02-14	2006-02-15 04:57:20	0
456	2	RONNIE	RICKETTS	RONNIE.RICKETTS@sakilacustomer.org	461	t	2006-02-14	2006-02-15 04:57:20	1
393	1	PHILIP	CAUSEY	PHILIP.CAUSEY@sakilacustomer.org	398	t	2006-02-14	2006-02-15 04:57:20	1
387	2	JESSE	SCHILLING	JESSE.SCHILLING@sakilacustomer.org	392	t	2006-02-14	2006-02-15 04:57:20	1
316	1	STEVEN	CURLEY	STEVEN.CURLEY@sakilacustomer.org	321	t	2006-02-14	2006-02-15 04:57:20	1
203	1	TARA	RYAN	TARA.RYAN@sakilacustomer.org	207	t	2006-02-14	2006-02-15 04:57:20	1
428	2	HERBERT	KRUGER	HERBERT.KRUGER@sakilacustomer.org	433	t	2006-02-14	2006-02-15 04:57:20	1
286	1	VELMA	LUCAS	VELMA.LUCAS@sakilacustomer.org	291	t	2006-02-14	2006-02-15 04:57:20	1
227	1	COLLEEN	BURTON	COLLEEN.BURTON@sakilacustomer.org	231	t	2006-02-14	2006-02-15 04:57:20	1
31	2	BRENDA	WRIGHT	BRENDA.WRIGHT@sakilacustomer.org	35	t	2006-02-14	2006-02-15 04:57:20	1
547	1	KURT	EMMONS	KURT.EMMONS@sakilacustomer.org	553	t	2006-02-14	2006-02-15 04:57:20	1
167	2	SALLY	PIERCE	SALLY.PIERCE@sakilacustomer.org	171	t	2006-02-14	2006-02-15 04:57:20	1
371	1	BILLY	POULIN	BILLY.POULIN@sakilacustomer.org	376	t	2006-02-14	2006-02-15 04:57:20	1
125	1	ETHEL	WEBB	ETHEL.WEBB@sakilacustomer.org	129	t	2006-02-14	2006-02-15 04:57:20	1
133	1	PAULINE	HENRY	PAULINE.HENRY@sakilacustomer.org	137	t	2006-02-14	2006-02-15 04:57:20	1
404	2	STANLEY	SCROGGINS	STANLEY.SCROGGINS@sakilacustomer.org	409	t	2006-02-14	2006-02-15 04:57:20	1
337	1	JERRY	JORDON	JERRY.JORDON@sakilacustomer.org	342	t	2006-02-14	2006-02-15 04:57:20	1
370	2	WAYNE	TRUONG	WAYNE.TRUONG@sakilacustomer.org	375	t	2006-02-14	2006-02-15 04:57:20	1
372	2	STEVE	MACKENZIE	STEVE.MACKENZIE@sakilacustomer.org	377	t	2006-02-14	2006-02-15 04:57:20	1
535	1	JAVIER	ELROD	JAVIER.ELROD@sakilacustomer.org	541	t	2006-02-14	2006-02-15 04:57:20	1
76	2	IRENE	PRICE	IRENE.PRICE@sakilacustomer.org	80	t	2006-02-14	2006-02-15 04:57:20	1
146	1	JAMIE	RICE	JAMIE.RICE@sakilacustomer.org	150	t	2006-02-14	2006-02-15 04:57:20	1
155	1	GAIL	KNIGHT	GAIL.KNIGHT@sakilacustomer.org	159	t	2006-02-14	2006-02-15 04:57:20	1
110	2	TIFFANY	JORDAN	TIFFANY.JORDAN@sakilacustomer.org	114	t	2006-02-14	2006-02-15 04:57:20	1
108	1	TRACY	COLE	TRACY.COLE@sakilacustomer.org	112	t	2006-02-14	2006-02-15 04:57:20	1
363	2	ROY	WHITING	ROY.WHITING@sakilacustomer.org	368	t	2006-02-14	2006-02-15 04:57:20	1
139	1	AMBER	DIXON	AMBER.DIXON@sakilacustomer.org	143	t	2006-02-14	2006-02-15 04:57:20	1
531	2	JAMIE	WAUGH	JAMIE.WAUGH@sakilacustomer.org	537	t	2006-02-14	2006-02-15 04:57:20	1
300	1	JOHN	FARNSWORTH	JOHN.FARNSWORTH@sakilacustomer.org	305	t	2006-02-14	2006-02-15 04:57:20	1
85	2	ANNE	POWELL	ANNE.POWELL@sakilacustomer.org	89	t	2006-02-14	2006-02-15 04:57:20	1
162	2	LAUREN	HUDSON	LAUREN.HUDSON@sakilacustomer.org	166	t	2006-02-14	2006-02-15 04:57:20	1
205	2	EILEEN	CARR	EILEEN.CARR@sakilacustomer.org	209	t	2006-02-14	2006-02-15 04:57:20	1
201	1	VICKI	FIELDS	VICKI.FIELDS@sakilacustomer.org	205	t	2006-02-14	2006-02-15 04:57:20	1
542	2	LONNIE	TIRADO	LONNIE.TIRADO@sakilacustomer.org	548	t	2006-02-14	2006-02-15 04:57:20	1
106	1	CONNIE	WALLACE	CONNIE.WALLACE@sakilacustomer.org	110	t	2006-02-14	2006-02-15 04:57:20	1
394	2	CHRIS	BROTHERS	CHRIS.BROTHERS@sakilacustomer.org	399	t	2006-02-14	2006-02-15 04:57:20	1
180	2	STACY	CUNNINGHAM	STACY.CUNNINGHAM@sakilacustomer.org	184	t	2006-02-14	2006-02-15 04:57:20	1
411	1	NORMAN	CURRIER	NORMAN.CURRIER@sakilacustomer.org	416	t	2006-02-14	2006-02-15 04:57:20	1
496	2	TYLER	WREN	TYLER.WREN@sakilacustomer.org	501	t	2006-02-14	2006-02-15 04:57:20	1
121	1	JOSEPHINE	GOMEZ	JOSEPHINE.GOMEZ@sakilacustomer.org	125	t	2006-02-14	2006-02-15 04:57:20	1
222	2	DELORES	HANSEN	DELORES.HANSEN@sakilacustomer.org	226	t	2006-02-14	2006-02-15 04:57:20	1
252	2	MATTIE	HOFFMAN	MATTIE.HOFFMAN@sakilacustomer.org	256	t	2006-02-14	2006-02-15 04:57:20	1
253	1	TERRY	CARLSON	TERRY.CARLSON@sakilacustomer.org	258	t	2006-02-14	2006-02-15 04:57:20	1
534	1	CHRISTIAN	JUNG	CHRISTIAN.JUNG@sakilacustomer.org	540	t	2006-02-14	2006-02-15 04:57:20	0
484	1	ROBERTO	VU	ROBERTO.VU@sakilacustomer.org	489	t	2006-02-14	2006-02-15 04:57:20	1
95	2	PAULA	BRYANT	PAULA.BRYANT@sakilacustomer.org	99	t	2006-02-14	2006-02-15 04:57:20	1
218	1	VERA	MCCOY	VERA.MCCOY@sakilacustomer.org	222	t	2006-02-14	2006-02-15 04:57:20	1
439	2	ALEXANDER	FENNELL	ALEXANDER.FENNELL@sakilacustomer.org	444	t	2006-02-14	2006-02-15 04:57:20	1
306	1	CHARLES	KOWALSKI	CHARLES.KOWALSKI@sakilacustomer.org	311	t	2006-02-14	2006-02-15 04:57:20	1
592	1	TERRANCE	ROUSH	TERRANCE.ROUSH@sakilacustomer.org	598	t	2006-02-14	2006-02-15 04:57:20	0
368	1	HARRY	ARCE	HARRY.ARCE@sakilacustomer.org	373	t	2006-02-14	2006-02-15 04:57:20	0
360	2	RALPH	MADRIGAL	RALPH.MADRIGAL@sakilacustomer.org	365	t	2006-02-14	2006-02-15 04:57:20	1
424	2	KYLE	SPURLOCK	KYLE.SPURLOCK@sakilacustomer.org	429	t	2006-02-14	2006-02-15 04:57:20	1
236	1	MARCIA	DEAN	MARCIA.DEAN@sakilacustomer.org	240	t	2006-02-14	2006-02-15 04:57:20	1
3	1	LINDA	WILLIAMS	LINDA.WILLIAMS@sakilacustomer.org	7	t	2006-02-14	2006-02-15 04:57:20	1
329	2	FRANK	WAGGONER	FRANK.WAGGONER@sakilacustomer.org	334	t	2006-02-14	2006-02-15 04:57:20	1
543	1	LANCE	PEMBERTON	LANCE.PEMBERTON@sakilacustomer.org	549	t	2006-02-14	2006-02-15 04:57:20	1
537	2	CLINTON	BUFORD	CLINTON.BUFORD@sakilacustomer.org	543	t	2006-02-14	2006-02-15 04:57:20	1
25	1	DEBORAH	WALKER	DEBORAH.WALKER@sakilacustomer.org	29	t	2006-02-14	2006-02-15 04:57:20	1
166	1	LYNN	PAYNE	LYNN.PAYNE@sakilacustomer.org	170	t	2006-02-14	2006-02-15 04:57:20	1
581	1	VIRGIL	WOFFORD	VIRGIL.WOFFORD@sakilacustomer.org	587	t	2006-02-14	2006-02-15 04:57:20	1
571	2	JOHNNIE	CHISHOLM	JOHNNIE.CHISHOLM@sakilacustomer.org	577	t	2006-02-14	2006-02-15 04:57:20	1
455	2	JON	WILES	JON.WILES@sakilacustomer.org	460	t	2006-02-14	2006-02-15 04:57:20	1
20	2	SHARON	ROBINSON	SHARON.ROBINSON@sakilacustomer.org	24	t	2006-02-14	2006-02-15 04:57:20	1
511	1	CHESTER	BENNER	CHESTER.BENNER@sakilacustomer.org	516	t	2006-02-14	2006-02-15 04:57:20	1
160	2	ERIN	DUNN	ERIN.DUNN@sakilacustomer.org	164	t	2006-02-14	2006-02-15 04:57:20	1
481	1	HERMAN	DEVORE	HERMAN.DEVORE@sakilacustomer.org	486	t	2006-02-14	2006-02-15 04:57:20	1
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE customer ENABLE TRIGGER ALL;


-- Import data into table: rental

ALTER TABLE rental DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

--
-- Data for Name: rental; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id, last_update) FROM stdin;
854	2005-05-30 01:56:11	921	369	2005-06-01 06:34:11	2	2006-02-15 21:30:53
10244	2005-08-01 02:20:01	567	51	2005-08-06 23:06:01	2	2006-02-15 21:30:53
9643	2005-07-31 05:35:48	3576	538	2005-08-08 04:28:48	2	2006-02-15 21:30:53
1862	2005-06-17 01:29:30	3299	553	2005-06-25 20:43:30	1	2006-02-15 21:30:53
8965	2005-07-30 03:52:37	2419	599	2005-08-05 01:28:37	2	2006-02-15 21:30:53
7947	2005-07-28 13:05:50	2504	279	2005-08-02 11:16:50	2	2006-02-15 21:30:53
2550	2005-06-19 02:49:55	1370	38	2005-06-24 01:37:55	1	2006-02-15 21:30:53
8957	2005-07-30 03:34:10	811	158	2005-08-06 07:05:10	1	2006-02-15 21:30:53
5861	2005-07-10 18:14:22	3881	277	2005-07-14 15:32:22	1	2006-02-15 21:30:53
13622	2005-08-20 06:45:32	3355	335	2005-08-25 02:40:32	1	2006-02-15 21:30:53
3528	2005-07-06 01:13:27	1954	201	2005-07-06 23:45:27	2	2006-02-15 21:30:53
4452	2005-07-07 23:31:54	2414	460	2005-07-14 04:05:54	1	2006-02-15 21:30:53
11163	2005-08-02 10:08:40	1925	505	2005-08-05 14:59:40	1	2006-02-15 21:30:53
3998	2005-07-06 23:49:20	1245	566	2005-07-12 20:39:20	1	2006-02-15 21:30:53
11033	2005-08-02 05:54:17	3323	155	2005-08-09 10:50:17	2	2006-02-15 21:30:53
5307	2005-07-09 15:57:15	2847	32	2005-07-17 13:42:15	2	2006-02-15 21:30:53
8648	2005-07-29 14:56:21	160	416	2005-07-31 16:56:21	2	2006-02-15 21:30:53
9218	2005-07-30 13:14:35	119	172	2005-08-07 18:03:35	1	2006-02-15 21:30:53
7553	2005-07-27 22:11:36	1643	275	2005-08-03 17:52:36	1	2006-02-15 21:30:53
8930	2005-07-30 02:28:38	1107	202	2005-08-02 01:43:38	2	2006-02-15 21:30:53
8939	2005-07-30 02:56:53	4175	598	2005-08-01 21:19:53	1	2006-02-15 21:30:53
1361	2005-06-15 13:37:38	4338	115	2005-06-19 17:08:38	1	2006-02-15 21:30:53
6895	2005-07-12 21:23:59	2935	599	2005-07-19 20:47:59	2	2006-02-15 21:30:53
967	2005-05-30 19:12:06	1954	330	2005-06-09 00:02:06	2	2006-02-15 21:30:53
9022	2005-07-30 05:34:45	4473	159	2005-08-03 23:57:45	2	2006-02-15 21:30:53
8764	2005-07-29 19:39:04	2348	303	2005-08-01 13:52:04	1	2006-02-15 21:30:53
11325	2005-08-02 16:33:11	4514	422	2005-08-08 13:42:11	1	2006-02-15 21:30:53
8119	2005-07-28 19:23:15	1542	398	2005-08-04 15:53:15	2	2006-02-15 21:30:53
1987	2005-06-17 10:40:36	110	479	2005-06-23 14:23:36	1	2006-02-15 21:30:53
5547	2005-07-10 02:52:47	1432	519	2005-07-16 02:10:47	1	2006-02-15 21:30:53
10203	2005-08-01 00:45:27	1096	157	2005-08-04 22:45:27	2	2006-02-15 21:30:53
15975	2005-08-23 20:06:23	2723	174	2005-08-27 19:52:23	1	2006-02-15 21:30:53
6012	2005-07-11 02:00:12	2609	258	2005-07-17 02:49:12	2	2006-02-15 21:30:53
12091	2005-08-17 22:22:50	2161	555	2005-08-27 03:55:50	1	2006-02-15 21:30:53
12472	2005-08-18 11:58:48	4458	297	2005-08-27 16:37:48	2	2006-02-15 21:30:53
5768	2005-07-10 13:15:26	345	196	2005-07-15 09:42:26	1	2006-02-15 21:30:53
789	2005-05-29 16:17:07	708	553	2005-06-06 18:15:07	1	2006-02-15 21:30:53
81	2005-05-25 12:15:19	2610	286	2005-06-02 14:08:19	2	2006-02-15 21:30:53
1311	2005-06-15 10:11:59	3114	326	2005-06-17 08:44:59	2	2006-02-15 21:30:53
12732	2005-08-18 21:57:50	3307	535	2005-08-19 18:28:50	2	2006-02-15 21:30:53
14613	2005-08-21 18:03:20	3841	20	2005-08-26 19:46:20	1	2006-02-15 21:30:53
600	2005-05-28 14:08:19	1567	332	2005-06-03 11:57:19	2	2006-02-15 21:30:53
11483	2005-08-02 22:28:22	1586	45	2005-08-11 18:06:22	1	2006-02-15 21:30:53
4325	2005-07-07 17:59:24	3728	373	2005-07-16 17:10:24	2	2006-02-15 21:30:53
10486	2005-08-01 10:23:43	2454	527	2005-08-05 07:11:43	2	2006-02-15 21:30:53
14808	2005-08-22 00:58:35	1657	362	2005-08-29 20:16:35	2	2006-02-15 21:30:53
6134	2005-07-11 08:28:19	3225	305	2005-07-18 09:20:19	2	2006-02-15 21:30:53
11900	2005-08-17 15:30:44	1931	239	2005-08-19 16:12:44	1	2006-02-15 21:30:53
1435	2005-06-15 18:32:30	2769	510	2005-06-24 12:44:30	2	2006-02-15 21:30:53
7023	2005-07-27 02:32:44	4196	303	2005-08-03 04:06:44	1	2006-02-15 21:30:53
8772	2005-07-29 19:55:25	3526	122	2005-08-05 18:48:25	1	2006-02-15 21:30:53
144	2005-05-25 23:49:56	1689	357	2005-06-01 21:41:56	2	2006-02-15 21:30:53
8640	2005-07-29 14:34:17	1874	257	2005-08-01 13:09:17	2	2006-02-15 21:30:53
5086	2005-07-09 05:40:04	3072	539	2005-07-16 07:51:04	1	2006-02-15 21:30:53
5993	2005-07-11 01:06:41	3588	529	2005-07-14 19:19:41	1	2006-02-15 21:30:53
12538	2005-08-18 14:09:09	1373	118	2005-08-23 19:12:09	1	2006-02-15 21:30:53
14966	2005-08-22 06:45:57	679	259	2005-08-31 10:02:57	1	2006-02-15 21:30:53
11218	2005-08-02 12:29:12	1126	500	2005-08-10 16:13:12	2	2006-02-15 21:30:53
5798	2005-07-10 14:45:09	331	107	2005-07-16 13:43:09	1	2006-02-15 21:30:53
13312	2005-08-19 19:09:14	2891	418	2005-08-23 00:50:14	2	2006-02-15 21:30:53
12482	2005-08-18 12:37:36	3778	247	2005-08-26 09:53:36	1	2006-02-15 21:30:53
1267	2005-06-15 07:21:21	4246	509	2005-06-17 08:12:21	2	2006-02-15 21:30:53
1816	2005-06-16 21:20:41	2861	594	2005-06-18 02:21:41	1	2006-02-15 21:30:53
11494	2005-08-02 22:51:23	3994	579	2005-08-09 01:52:23	1	2006-02-15 21:30:53
11786	2005-08-17 10:57:40	1487	435	2005-08-24 06:48:40	2	2006-02-15 21:30:53
15974	2005-08-23 20:06:04	3518	201	2005-08-27 17:33:04	2	2006-02-15 21:30:53
835	2005-05-29 23:37:00	299	381	2005-06-02 23:38:00	1	2006-02-15 21:30:53
5282	2005-07-09 15:01:23	4386	226	2005-07-13 11:06:23	2	2006-02-15 21:30:53
14901	2005-08-22 04:31:37	4297	258	2005-08-29 08:24:37	1	2006-02-15 21:30:53
12460	2005-08-18 11:25:13	3550	419	2005-08-27 06:27:13	2	2006-02-15 21:30:53
1610	2005-06-16 06:36:33	3551	534	2005-06-19 07:12:33	1	2006-02-15 21:30:53
15747	2005-08-23 12:29:24	1517	381	2005-08-31 08:27:24	2	2006-02-15 21:30:53
7666	2005-07-28 02:35:12	688	196	2005-08-05 05:43:12	2	2006-02-15 21:30:53
4598	2005-07-08 06:46:26	258	82	2005-07-16 01:21:26	1	2006-02-15 21:30:53
14090	2005-08-21 00:11:16	3254	168	2005-08-23 19:48:16	2	2006-02-15 21:30:53
11749	2005-08-17 09:04:03	4141	567	2005-08-19 09:32:03	2	2006-02-15 21:30:53
10349	2005-08-01 05:27:13	114	295	2005-08-08 10:15:13	1	2006-02-15 21:30:53
3719	2005-07-06 11:05:55	3573	376	2005-07-11 08:10:55	2	2006-02-15 21:30:53
6122	2005-07-11 07:58:07	2212	32	2005-07-16 09:52:07	1	2006-02-15 21:30:53
3512	2005-07-06 00:43:06	371	291	2005-07-12 06:18:06	2	2006-02-15 21:30:53
13742	2005-08-20 10:49:15	1377	580	2005-08-21 11:05:15	2	2006-02-15 21:30:53
4125	2005-07-07 07:20:29	4131	269	2005-07-15 06:41:29	2	2006-02-15 21:30:53
13370	2005-08-19 21:20:11	239	101	2005-08-25 22:51:11	1	2006-02-15 21:30:53
4425	2005-07-07 22:22:44	877	345	2005-07-08 22:23:44	2	2006-02-15 21:30:53
10033	2005-07-31 18:44:29	4480	381	2005-08-04 19:52:29	1	2006-02-15 21:30:53
3376	2005-06-21 13:43:02	3055	318	2005-06-28 18:07:02	1	2006-02-15 21:30:53
4276	2005-07-07 14:50:59	221	366	2005-07-09 15:42:59	2	2006-02-15 21:30:53
15378	2005-08-22 22:25:17	1483	340	2005-08-30 17:04:17	1	2006-02-15 21:30:53
7519	2005-07-27 21:01:41	4009	124	2005-08-05 19:15:41	1	2006-02-15 21:30:53
2202	2005-06-18 02:09:24	815	297	2005-06-26 07:17:24	2	2006-02-15 21:30:53
8193	2005-07-28 22:50:50	2402	15	2005-08-01 04:14:50	2	2006-02-15 21:30:53
8454	2005-07-29 07:49:04	159	244	2005-08-03 04:43:04	2	2006-02-15 21:30:53
8667	2005-07-29 15:40:57	3439	25	2005-07-31 20:59:57	1	2006-02-15 21:30:53
14096	2005-08-21 00:27:46	2089	342	2005-08-22 22:53:46	1	2006-02-15 21:30:53
4030	2005-07-07 02:25:42	1734	300	2005-07-08 22:53:42	2	2006-02-15 21:30:53
14050	2005-08-20 22:09:04	1737	596	2005-08-26 01:39:04	2	2006-02-15 21:30:53
13145	2005-08-19 12:53:53	1383	72	2005-08-23 08:06:53	1	2006-02-15 21:30:53
2365	2005-06-18 13:45:34	3109	493	2005-06-21 12:12:34	2	2006-02-15 21:30:53
10386	2005-08-01 06:42:20	1568	26	2005-08-07 06:12:20	2	2006-02-15 21:30:53
15900	2005-08-23 17:16:30	1112	562	2005-08-27 18:02:30	1	2006-02-15 21:30:53
14246	2005-08-21 05:34:09	3499	120	2005-08-26 06:12:09	1	2006-02-15 21:30:53
8109	2005-07-28 19:07:44	652	407	2005-07-31 14:59:44	1	2006-02-15 21:30:53
15347	2005-08-22 21:12:19	3764	519	2005-08-24 20:12:19	1	2006-02-15 21:30:53
15550	2005-08-23 04:27:54	1375	465	2005-08-29 01:29:54	1	2006-02-15 21:30:53
9527	2005-07-31 01:02:24	2539	200	2005-08-09 02:08:24	2	2006-02-15 21:30:53
13343	2005-08-19 20:22:08	1032	591	2005-08-27 17:21:08	1	2006-02-15 21:30:53
2338	2005-06-18 11:24:54	3165	316	2005-06-19 07:34:54	1	2006-02-15 21:30:53
3048	2005-06-20 12:49:55	4389	482	2005-06-26 11:06:55	1	2006-02-15 21:30:53
488	2005-05-28 00:07:50	393	168	2005-06-03 22:30:50	2	2006-02-15 21:30:53
11063	2005-08-02 06:53:48	2261	461	2005-08-05 03:38:48	2	2006-02-15 21:30:53
8190	2005-07-28 22:47:06	2290	267	2005-08-04 21:51:06	1	2006-02-15 21:30:53
4493	2005-07-08 01:40:24	1369	167	2005-07-09 02:17:24	2	2006-02-15 21:30:53
15960	2005-08-23 19:35:42	1497	431	2005-08-26 17:36:42	2	2006-02-15 21:30:53
7441	2005-07-27 17:46:53	4039	198	2005-07-31 23:05:53	1	2006-02-15 21:30:53
10259	2005-08-01 02:52:05	1881	566	2005-08-03 20:54:05	1	2006-02-15 21:30:53
7018	2005-07-27 02:20:22	1078	451	2005-08-02 05:04:22	2	2006-02-15 21:30:53
985	2005-05-30 22:18:35	1573	564	2005-06-04 23:36:35	1	2006-02-15 21:30:53
7140	2005-07-27 06:54:12	2028	35	2005-08-03 10:36:12	2	2006-02-15 21:30:53
840	2005-05-30 00:28:41	4049	79	2005-05-31 20:39:41	2	2006-02-15 21:30:53
15420	2005-08-22 23:55:51	1396	161	2005-08-31 20:09:51	2	2006-02-15 21:30:53
11456	2005-08-02 21:14:04	3638	322	2005-08-07 19:49:04	2	2006-02-15 21:30:53
7347	2005-07-27 14:31:24	3779	225	2005-07-31 16:19:24	1	2006-02-15 21:30:53
15541	2005-08-23 04:13:53	2762	148	2005-08-29 05:51:53	1	2006-02-15 21:30:53
6133	2005-07-11 08:25:22	1992	107	2005-07-13 13:17:22	1	2006-02-15 21:30:53
8277	2005-07-29 01:38:53	1296	13	2005-08-04 07:09:53	2	2006-02-15 21:30:53
9885	2005-07-31 13:59:32	3600	461	2005-08-07 12:30:32	2	2006-02-15 21:30:53
10629	2005-08-01 15:33:32	997	575	2005-08-08 12:40:32	2	2006-02-15 21:30:53
12545	2005-08-18 14:28:00	1988	168	2005-08-26 14:10:00	1	2006-02-15 21:30:53
9474	2005-07-30 23:05:44	3771	206	2005-08-05 23:46:44	1	2006-02-15 21:30:53
9911	2005-07-31 14:48:01	3879	112	2005-08-06 11:55:01	1	2006-02-15 21:30:53
399	2005-05-27 12:48:38	553	204	2005-05-29 15:27:38	1	2006-02-15 21:30:53
13478	2005-08-20 01:07:14	2190	466	2005-08-22 03:41:14	1	2006-02-15 21:30:53
14155	2005-08-21 02:31:35	769	148	2005-08-27 06:00:35	2	2006-02-15 21:30:53
15871	2005-08-23 16:24:24	425	57	2005-09-01 13:48:24	2	2006-02-15 21:30:53
9047	2005-07-30 06:56:33	256	522	2005-08-08 06:40:33	2	2006-02-15 21:30:53
9526	2005-07-31 01:02:22	417	342	2005-08-04 03:00:22	1	2006-02-15 21:30:53
15660	2005-08-23 08:51:21	3223	388	2005-08-28 06:26:21	2	2006-02-15 21:30:53
1012	2005-05-31 02:18:05	688	291	2005-06-03 06:47:05	1	2006-02-15 21:30:53
7201	2005-07-27 08:57:40	482	598	2005-08-04 09:55:40	2	2006-02-15 21:30:53
11070	2005-08-02 07:10:39	4020	298	2005-08-03 07:43:39	1	2006-02-15 21:30:53
13451	2005-08-20 00:18:25	3837	6	2005-08-29 01:08:25	1	2006-02-15 21:30:53
3674	2005-07-06 09:03:13	3686	559	2005-07-13 08:43:13	1	2006-02-15 21:30:53
6435	2005-07-12 00:16:19	1957	561	2005-07-17 19:15:19	1	2006-02-15 21:30:53
7858	2005-07-28 09:50:18	992	144	2005-08-05 14:33:18	1	2006-02-15 21:30:53
3694	2005-07-06 10:01:23	3848	419	2005-07-08 11:44:23	2	2006-02-15 21:30:53
12107	2005-08-17 22:56:24	1060	141	2005-08-24 19:36:24	1	2006-02-15 21:30:53
984	2005-05-30 22:17:17	2305	262	2005-06-01 20:15:17	2	2006-02-15 21:30:53
149	2005-05-26 00:28:05	1084	319	2005-06-02 21:30:05	2	2006-02-15 21:30:53
12807	2005-08-19 00:38:46	2323	513	2005-08-28 03:37:46	2	2006-02-15 21:30:53
11409	2005-08-02 19:26:51	3691	418	2005-08-07 19:55:51	1	2006-02-15 21:30:53
9648	2005-07-31 05:46:03	4063	72	2005-08-09 04:36:03	2	2006-02-15 21:30:53
11130	2005-08-02 09:08:59	684	329	2005-08-09 07:50:59	2	2006-02-15 21:30:53
14334	2005-08-21 08:32:32	1448	595	2005-08-25 02:53:32	2	2006-02-15 21:30:53
14024	2005-08-20 21:13:58	1492	87	2005-08-29 23:02:58	1	2006-02-15 21:30:53
3626	2005-07-06 06:15:35	1599	337	2005-07-10 10:18:35	2	2006-02-15 21:30:53
4490	2005-07-08 01:26:32	2690	161	2005-07-09 01:13:32	1	2006-02-15 21:30:53
15192	2005-08-22 16:06:23	4213	216	2005-08-27 13:12:23	1	2006-02-15 21:30:53
15693	2005-08-23 10:00:24	748	94	2005-08-25 08:23:24	1	2006-02-15 21:30:53
14545	2005-08-21 15:44:23	2459	13	2005-08-29 20:09:23	2	2006-02-15 21:30:53
4961	2005-07-08 23:35:53	3668	96	2005-07-14 22:46:53	2	2006-02-15 21:30:53
5750	2005-07-10 12:20:41	3855	330	2005-07-17 08:25:41	2	2006-02-15 21:30:53
13783	2005-08-20 12:11:03	2643	28	2005-08-21 15:53:03	2	2006-02-15 21:30:53
6045	2005-07-11 03:21:05	2003	39	2005-07-17 23:10:05	1	2006-02-15 21:30:53
12029	2005-08-17 20:07:01	3516	148	2005-08-19 19:36:01	2	2006-02-15 21:30:53
9603	2005-07-31 03:43:43	2266	541	2005-08-02 00:11:43	2	2006-02-15 21:30:53
5846	2005-07-10 17:25:24	938	233	2005-07-12 13:41:24	2	2006-02-15 21:30:53
15424	2005-08-23 00:03:01	3452	138	2005-08-27 23:27:01	2	2006-02-15 21:30:53
14648	2005-08-21 19:18:01	2250	284	2005-08-25 14:59:01	2	2006-02-15 21:30:53
1797	2005-06-16 20:13:03	3435	275	2005-06-22 22:56:03	1	2006-02-15 21:30:53
10782	2005-08-01 21:23:25	1507	577	2005-08-03 20:15:25	2	2006-02-15 21:30:53
10926	2005-08-02 02:26:37	4016	460	2005-08-09 20:55:37	1	2006-02-15 21:30:53
9739	2005-07-31 09:08:03	1328	343	2005-08-04 13:57:03	1	2006-02-15 21:30:53
15334	2005-08-22 20:44:35	3882	407	2005-08-29 23:03:35	2	2006-02-15 21:30:53
988	2005-05-30 23:08:03	1364	12	2005-06-07 00:22:03	1	2006-02-15 21:30:53
7455	2005-07-27 18:34:41	3815	405	2005-07-31 17:32:41	1	2006-02-15 21:30:53
9174	2005-07-30 11:42:10	2636	144	2005-07-31 09:52:10	1	2006-02-15 21:30:53
12771	2005-08-18 23:29:23	3076	484	2005-08-22 17:31:23	2	2006-02-15 21:30:53
13171	2005-08-19 13:48:54	1765	122	2005-08-27 18:57:54	1	2006-02-15 21:30:53
6635	2005-07-12 09:47:58	515	273	2005-07-16 15:43:58	1	2006-02-15 21:30:53
2680	2005-06-19 12:13:37	865	114	2005-06-27 15:15:37	1	2006-02-15 21:30:53
3992	2005-07-06 23:36:56	3219	448	2005-07-15 03:13:56	1	2006-02-15 21:30:53
14498	2005-08-21 14:10:44	3971	544	2005-08-23 08:29:44	1	2006-02-15 21:30:53
14962	2005-08-22 06:37:43	3104	449	2005-08-29 03:44:43	2	2006-02-15 21:30:53
9001	2005-07-30 04:59:41	3682	440	2005-07-31 08:56:41	2	2006-02-15 21:30:53
8535	2005-07-29 10:32:33	4489	536	2005-07-31 05:46:33	1	2006-02-15 21:30:53
3933	2005-07-06 21:06:37	1202	229	2005-07-08 20:23:37	1	2006-02-15 21:30:53
6743	2005-07-12 14:29:25	158	261	2005-07-13 13:13:25	1	2006-02-15 21:30:53
3206	2005-06-21 00:39:39	2196	350	2005-06-22 05:12:39	1	2006-02-15 21:30:53
2687	2005-06-19 12:46:52	3152	254	2005-06-23 06:58:52	2	2006-02-15 21:30:53
9512	2005-07-31 00:26:30	3786	173	2005-08-04 23:43:30	2	2006-02-15 21:30:53
7025	2005-07-27 02:40:29	3530	176	2005-07-29 23:02:29	2	2006-02-15 21:30:53
15698	2005-08-23 10:11:40	4465	395	2005-08-28 08:50:40	2	2006-02-15 21:30:53
3744	2005-07-06 12:10:02	3343	510	2005-07-08 11:49:02	2	2006-02-15 21:30:53
6152	2005-07-11 09:25:52	560	361	2005-07-17 07:40:52	2	2006-02-15 21:30:53
14049	2005-08-20 22:08:55	1335	112	2005-08-28 20:24:55	1	2006-02-15 21:30:53
5189	2005-07-09 10:23:21	2539	113	2005-07-14 08:06:21	1	2006-02-15 21:30:53
15395	2005-08-22 23:06:25	2880	526	2005-08-30 19:18:25	1	2006-02-15 21:30:53
11923	2005-08-17 16:21:47	1907	72	2005-08-18 14:26:47	2	2006-02-15 21:30:53
15078	2005-08-22 11:09:31	3001	197	2005-08-25 12:16:31	1	2006-02-15 21:30:53
5530	2005-07-10 02:13:49	2701	74	2005-07-18 08:01:49	2	2006-02-15 21:30:53
11800	2005-08-17 11:29:52	2284	350	2005-08-21 08:37:52	1	2006-02-15 21:30:53
3169	2005-06-20 21:55:54	2437	50	2005-06-25 19:45:54	1	2006-02-15 21:30:53
10369	2005-08-01 06:13:44	2534	424	2005-08-07 09:46:44	1	2006-02-15 21:30:53
10949	2005-08-02 03:24:04	2309	389	2005-08-06 08:36:04	2	2006-02-15 21:30:53
11426	2005-08-02 20:00:09	130	572	2005-08-09 01:30:09	2	2006-02-15 21:30:53
7635	2005-07-28 01:08:11	55	413	2005-08-01 03:32:11	2	2006-02-15 21:30:53
7633	2005-07-28 01:03:41	4171	402	2005-08-01 23:54:41	2	2006-02-15 21:30:53
9238	2005-07-30 13:49:43	3356	12	2005-08-08 08:25:43	2	2006-02-15 21:30:53
10654	2005-08-01 16:31:35	2522	399	2005-08-05 12:04:35	2	2006-02-15 21:30:53
14506	2005-08-21 14:32:27	4493	537	2005-08-24 19:02:27	2	2006-02-15 21:30:53
14571	2005-08-21 16:40:26	2218	296	2005-08-29 17:10:26	1	2006-02-15 21:30:53
5412	2005-07-09 20:23:52	3174	458	2005-07-18 18:40:52	1	2006-02-15 21:30:53
7834	2005-07-28 08:46:43	4124	278	2005-07-31 07:09:43	2	2006-02-15 21:30:53
3989	2005-07-06 23:30:54	2366	213	2005-07-12 01:28:54	1	2006-02-15 21:30:53
10156	2005-07-31 22:36:00	141	179	2005-08-02 00:03:00	2	2006-02-15 21:30:53
4226	2005-07-07 12:37:56	1692	57	2005-07-09 08:48:56	2	2006-02-15 21:30:53
4378	2005-07-07 20:29:08	1244	24	2005-07-12 19:17:08	2	2006-02-15 21:30:53
1273	2005-06-15 07:52:35	361	530	2005-06-21 04:55:35	1	2006-02-15 21:30:53
9373	2005-07-30 19:05:36	3478	180	2005-08-05 16:16:36	2	2006-02-15 21:30:53
10115	2005-07-31 21:13:47	2731	68	2005-08-10 00:44:47	1	2006-02-15 21:30:53
4557	2005-07-08 04:49:15	1191	132	2005-07-14 00:00:15	2	2006-02-15 21:30:53
5722	2005-07-10 11:10:04	2890	556	2005-07-12 16:31:04	2	2006-02-15 21:30:53
7796	2005-07-28 07:39:39	622	419	2005-08-02 05:34:39	2	2006-02-15 21:30:53
15841	2005-08-23 15:35:59	2865	571	2005-08-30 19:30:59	2	2006-02-15 21:30:53
8381	2005-07-29 05:31:44	865	313	2005-07-31 09:20:44	1	2006-02-15 21:30:53
15402	2005-08-22 23:17:41	1575	293	2005-08-30 20:07:41	2	2006-02-15 21:30:53
5973	2005-07-11 00:09:17	1194	165	2005-07-14 19:18:17	1	2006-02-15 21:30:53
4902	2005-07-08 20:49:30	2238	554	2005-07-13 16:54:30	2	2006-02-15 21:30:53
2205	2005-06-18 02:14:34	1245	593	2005-06-25 05:11:34	1	2006-02-15 21:30:53
135	2005-05-25 21:58:58	103	304	2005-06-03 17:50:58	1	2006-02-15 21:30:53
3039	2005-06-20 12:32:30	4098	186	2005-06-21 07:38:30	1	2006-02-15 21:30:53
311	2005-05-26 22:51:37	2830	201	2005-06-01 00:02:37	1	2006-02-15 21:30:53
489	2005-05-28 00:09:12	1940	476	2005-05-31 04:44:12	2	2006-02-15 21:30:53
9130	2005-07-30 09:55:10	1715	354	2005-08-04 08:57:10	1	2006-02-15 21:30:53
4580	2005-07-08 06:04:23	3512	199	2005-07-15 05:42:23	2	2006-02-15 21:30:53
12374	2005-08-18 08:07:45	939	74	2005-08-26 10:42:45	2	2006-02-15 21:30:53
1538	2005-06-16 01:05:50	708	430	2005-06-18 19:48:50	1	2006-02-15 21:30:53
4151	2005-07-07 08:49:02	4564	428	2005-07-11 05:19:02	1	2006-02-15 21:30:53
12325	2005-08-18 06:41:30	1844	404	2005-08-26 02:49:30	1	2006-02-15 21:30:53
7404	2005-07-27 16:24:43	2359	190	2005-07-29 11:40:43	2	2006-02-15 21:30:53
8195	2005-07-28 22:52:58	3989	590	2005-08-04 02:12:58	1	2006-02-15 21:30:53
4235	2005-07-07 13:05:52	3525	86	2005-07-10 12:17:52	2	2006-02-15 21:30:53
2827	2005-06-19 20:50:01	2745	23	2005-06-20 18:54:01	2	2006-02-15 21:30:53
4916	2005-07-08 21:32:17	2680	212	2005-07-14 20:55:17	2	2006-02-15 21:30:53
14767	2005-08-21 23:43:00	1232	69	2005-08-29 05:26:00	1	2006-02-15 21:30:53
4874	2005-07-08 19:23:38	2386	223	2005-07-13 14:39:38	2	2006-02-15 21:30:53
8157	2005-07-28 21:06:45	915	566	2005-08-04 16:06:45	1	2006-02-15 21:30:53
5183	2005-07-09 10:13:45	2866	394	2005-07-16 15:55:45	2	2006-02-15 21:30:53
8929	2005-07-30 02:28:22	3501	472	2005-08-06 06:13:22	1	2006-02-15 21:30:53
4897	2005-07-08 20:25:11	2950	258	2005-07-09 17:16:11	1	2006-02-15 21:30:53
5773	2005-07-10 13:31:09	3277	180	2005-07-15 08:21:09	2	2006-02-15 21:30:53
12565	2005-08-18 15:12:17	1284	211	2005-08-19 12:26:17	2	2006-02-15 21:30:53
9144	2005-07-30 10:22:15	718	381	2005-08-05 08:14:15	1	2006-02-15 21:30:53
8019	2005-07-28 15:37:43	1844	84	2005-08-04 15:40:43	2	2006-02-15 21:30:53
5199	2005-07-09 10:50:56	349	42	2005-07-10 06:43:56	1	2006-02-15 21:30:53
5942	2005-07-10 22:47:17	2861	317	2005-07-17 01:54:17	2	2006-02-15 21:30:53
12037	2005-08-17 20:21:35	766	356	2005-08-22 17:16:35	2	2006-02-15 21:30:53
11891	2005-08-17 15:11:55	2619	115	2005-08-22 11:11:55	2	2006-02-15 21:30:53
1687	2005-06-16 12:09:20	3686	140	2005-06-18 06:18:20	2	2006-02-15 21:30:53
7793	2005-07-28 07:26:14	24	32	2005-08-03 07:45:14	1	2006-02-15 21:30:53
13455	2005-08-20 00:32:17	1315	133	2005-08-26 19:33:17	1	2006-02-15 21:30:53
13731	2005-08-20 10:22:08	1133	450	2005-08-21 12:04:08	2	2006-02-15 21:30:53
5120	2005-07-09 07:14:23	4431	373	2005-07-14 04:00:23	2	2006-02-15 21:30:53
115	2005-05-25 19:13:25	749	455	2005-05-29 20:17:25	1	2006-02-15 21:30:53
7819	2005-07-28 08:27:14	3182	100	2005-08-02 12:34:14	2	2006-02-15 21:30:53
15375	2005-08-22 22:12:02	3864	191	2005-08-24 00:50:02	2	2006-02-15 21:30:53
4528	2005-07-08 03:24:54	3209	439	2005-07-09 03:50:54	2	2006-02-15 21:30:53
6990	2005-07-27 01:02:46	4065	146	2005-07-31 00:22:46	1	2006-02-15 21:30:53
13612	2005-08-20 06:22:08	675	505	2005-08-28 02:22:08	1	2006-02-15 21:30:53
11246	2005-08-02 13:33:56	3577	550	2005-08-03 08:52:56	2	2006-02-15 21:30:53
1688	2005-06-16 12:11:20	383	49	2005-06-18 08:39:20	2	2006-02-15 21:30:53
990	2005-05-30 23:25:14	4171	311	2005-06-06 18:41:14	2	2006-02-15 21:30:53
5245	2005-07-09 13:24:14	3547	115	2005-07-12 11:16:14	1	2006-02-15 21:30:53
4364	2005-07-07 19:46:51	10	145	2005-07-08 21:55:51	1	2006-02-15 21:30:53
4097	2005-07-07 06:10:55	2454	56	2005-07-11 02:45:55	1	2006-02-15 21:30:53
15385	2005-08-22 22:37:34	140	434	2005-08-26 00:36:34	2	2006-02-15 21:30:53
8160	2005-07-28 21:10:30	2446	138	2005-08-05 16:52:30	2	2006-02-15 21:30:53
13535	2005-08-20 03:30:25	1563	86	2005-08-28 04:35:25	1	2006-02-15 21:30:53
2031	2005-06-17 13:14:03	4275	570	2005-06-25 10:06:03	2	2006-02-15 21:30:53
3796	2005-07-06 14:45:22	1649	228	2005-07-07 11:01:22	2	2006-02-15 21:30:53
970	2005-05-30 19:50:28	1520	307	2005-06-09 01:19:28	1	2006-02-15 21:30:53
4208	2005-07-07 11:34:22	3617	441	2005-07-09 08:25:22	1	2006-02-15 21:30:53
15979	2005-08-23 20:08:26	3733	536	2005-08-26 19:19:26	1	2006-02-15 21:30:53
2987	2005-06-20 08:55:50	1531	349	2005-06-28 13:02:50	2	2006-02-15 21:30:53
1818	2005-06-16 21:30:34	1218	63	2005-06-20 03:27:34	2	2006-02-15 21:30:53
8908	2005-07-30 01:26:05	4498	391	2005-07-31 20:39:05	1	2006-02-15 21:30:53
11211	2005-08-02 12:16:48	1722	245	2005-08-03 10:40:48	1	2006-02-15 21:30:53
15689	2005-08-23 09:52:55	248	259	2005-08-29 11:15:55	1	2006-02-15 21:30:53
5955	2005-07-10 23:22:10	834	409	2005-07-17 17:55:10	2	2006-02-15 21:30:53
6424	2005-07-11 23:49:37	3040	359	2005-07-21 00:53:37	1	2006-02-15 21:30:53
6497	2005-07-12 03:04:29	933	222	2005-07-17 21:36:29	2	2006-02-15 21:30:53
14576	2005-08-21 16:52:03	1189	45	2005-08-28 19:43:03	2	2006-02-15 21:30:53
11440	2005-08-02 20:24:02	2727	306	2005-08-07 16:42:02	2	2006-02-15 21:30:53
2490	2005-06-18 22:00:50	1934	402	2005-06-19 23:45:50	2	2006-02-15 21:30:53
5796	2005-07-10 14:42:54	1631	286	2005-07-17 08:47:54	2	2006-02-15 21:30:53
6592	2005-07-12 07:19:35	3481	273	2005-07-19 07:15:35	1	2006-02-15 21:30:53
12559	2005-08-18 14:53:58	39	513	2005-08-25 20:22:58	1	2006-02-15 21:30:53
3181	2005-06-20 22:51:02	3473	238	2005-06-27 21:21:02	1	2006-02-15 21:30:53
4977	2005-07-09 00:15:50	3310	584	2005-07-10 00:34:50	2	2006-02-15 21:30:53
12864	2005-08-19 02:38:26	4481	465	2005-08-22 21:42:26	2	2006-02-15 21:30:53
7938	2005-07-28 12:39:11	2579	114	2005-08-04 16:56:11	1	2006-02-15 21:30:53
367	2005-05-27 07:37:02	3437	439	2005-05-30 05:43:02	2	2006-02-15 21:30:53
2608	2005-06-19 07:10:36	1618	132	2005-06-24 13:09:36	1	2006-02-15 21:30:53
10995	2005-08-02 04:48:00	2891	340	2005-08-07 05:00:00	1	2006-02-15 21:30:53
15432	2005-08-23 00:26:52	1896	117	2005-08-27 06:11:52	1	2006-02-15 21:30:53
3941	2005-07-06 21:20:37	382	560	2005-07-09 01:35:37	2	2006-02-15 21:30:53
10131	2005-07-31 21:45:28	4169	510	2005-08-04 00:19:28	2	2006-02-15 21:30:53
15393	2005-08-22 23:04:09	2924	443	2005-08-27 02:23:09	2	2006-02-15 21:30:53
15883	2005-08-23 16:44:56	2792	550	2005-08-24 22:42:56	1	2006-02-15 21:30:53
12687	2005-08-18 19:57:39	3092	285	2005-08-27 01:36:39	2	2006-02-15 21:30:53
13230	2005-08-19 16:12:07	3645	151	2005-08-21 12:19:07	1	2006-02-15 21:30:53
14387	2005-08-21 10:10:01	1286	295	2005-08-28 14:16:01	2	2006-02-15 21:30:53
4049	2005-07-07 03:34:53	4172	79	2005-07-15 04:10:53	2	2006-02-15 21:30:53
7356	2005-07-27 14:47:35	309	397	2005-07-28 18:10:35	2	2006-02-15 21:30:53
3909	2005-07-06 19:54:41	3423	396	2005-07-15 18:11:41	2	2006-02-15 21:30:53
14411	2005-08-21 10:54:57	2125	502	2005-08-22 13:17:57	2	2006-02-15 21:30:53
7088	2005-07-27 04:42:28	373	88	2005-08-04 07:09:28	2	2006-02-15 21:30:53
8865	2005-07-29 23:54:54	1835	305	2005-07-31 05:10:54	2	2006-02-15 21:30:53
10356	2005-08-01 05:49:17	313	56	2005-08-10 05:57:17	1	2006-02-15 21:30:53
11134	2005-08-02 09:19:22	2641	372	2005-08-11 03:56:22	1	2006-02-15 21:30:53
15671	2005-08-23 09:08:16	3716	112	2005-08-29 14:01:16	1	2006-02-15 21:30:53
10312	2005-08-01 04:29:06	4389	172	2005-08-08 04:52:06	2	2006-02-15 21:30:53
2438	2005-06-18 18:34:21	184	31	2005-06-19 16:50:21	1	2006-02-15 21:30:53
1802	2005-06-16 20:23:30	4174	455	2005-06-21 20:02:30	1	2006-02-15 21:30:53
8719	2005-07-29 17:45:45	995	333	2005-08-01 13:53:45	1	2006-02-15 21:30:53
11682	2005-08-17 06:13:40	2544	387	2005-08-18 06:11:40	1	2006-02-15 21:30:53
6436	2005-07-12 00:18:42	3758	122	2005-07-13 03:57:42	2	2006-02-15 21:30:53
11042	2005-08-02 06:04:33	4149	439	2005-08-11 01:30:33	1	2006-02-15 21:30:53
3679	2005-07-06 09:15:57	2186	547	2005-07-08 03:20:57	1	2006-02-15 21:30:53
14059	2005-08-20 22:24:44	2045	141	2005-08-26 21:25:44	2	2006-02-15 21:30:53
1820	2005-06-16 21:34:50	3672	120	2005-06-20 16:50:50	1	2006-02-15 21:30:53
6737	2005-07-12 14:16:52	315	304	2005-07-18 19:48:52	1	2006-02-15 21:30:53
5463	2005-07-09 22:57:02	601	374	2005-07-11 03:10:02	1	2006-02-15 21:30:53
10830	2005-08-01 23:18:06	4176	148	2005-08-06 23:15:06	2	2006-02-15 21:30:53
6617	2005-07-12 08:39:56	2292	248	2005-07-14 09:32:56	2	2006-02-15 21:30:53
1065	2005-05-31 08:54:56	3379	316	2005-06-08 09:21:56	1	2006-02-15 21:30:53
12624	2005-08-18 17:35:00	1135	434	2005-08-27 12:18:00	2	2006-02-15 21:30:53
3370	2005-06-21 13:27:01	1573	559	2005-06-25 09:27:01	1	2006-02-15 21:30:53
4279	2005-07-07 15:01:53	581	335	2005-07-08 09:43:53	1	2006-02-15 21:30:53
9763	2005-07-31 09:34:03	126	393	2005-08-08 05:30:03	1	2006-02-15 21:30:53
355	2005-05-27 06:15:33	141	446	2005-06-01 02:50:33	2	2006-02-15 21:30:53
8314	2005-07-29 03:35:04	2182	118	2005-08-06 08:43:04	2	2006-02-15 21:30:53
1909	2005-06-17 05:11:04	2599	269	2005-06-19 04:33:04	2	2006-02-15 21:30:53
7322	2005-07-27 13:37:26	1810	508	2005-08-03 18:00:26	2	2006-02-15 21:30:53
2206	2005-06-18 02:14:45	3651	438	2005-06-24 23:20:45	2	2006-02-15 21:30:53
7725	2005-07-28 04:47:14	1922	326	2005-08-04 09:03:14	1	2006-02-15 21:30:53
5032	2005-07-09 02:39:47	2257	333	2005-07-10 07:45:47	1	2006-02-15 21:30:53
1974	2005-06-17 09:30:05	1979	111	2005-06-21 12:10:05	1	2006-02-15 21:30:53
13378	2005-08-19 21:33:35	2708	368	2005-08-20 22:47:35	1	2006-02-15 21:30:53
15080	2005-08-22 11:11:51	927	133	2005-08-23 13:09:51	1	2006-02-15 21:30:53
189	2005-05-26 06:01:41	984	247	2005-05-27 06:11:41	1	2006-02-15 21:30:53
2754	2005-06-19 16:55:59	1761	267	2005-06-26 18:11:59	1	2006-02-15 21:30:53
3852	2005-07-06 16:57:49	3329	511	2005-07-11 17:11:49	1	2006-02-15 21:30:53
479	2005-05-27 22:39:10	2060	231	2005-06-05 22:46:10	2	2006-02-15 21:30:53
1615	2005-06-16 07:00:28	3894	362	2005-06-25 08:53:28	1	2006-02-15 21:30:53
15388	2005-08-22 22:49:23	3995	50	2005-09-01 03:50:23	2	2006-02-15 21:30:53
1592	2005-06-16 05:14:37	3798	187	2005-06-20 10:52:37	2	2006-02-15 21:30:53
13475	2005-08-20 01:05:05	3214	68	2005-08-20 20:22:05	2	2006-02-15 21:30:53
1456	2005-06-15 20:00:11	632	590	2005-06-23 18:03:11	2	2006-02-15 21:30:53
14013	2005-08-20 20:42:50	3941	496	2005-08-25 21:37:50	2	2006-02-15 21:30:53
9292	2005-07-30 16:08:21	1702	11	2005-08-07 10:38:21	2	2006-02-15 21:30:53
15886	2005-08-23 16:50:53	3038	91	2005-08-26 15:38:53	2	2006-02-15 21:30:53
14835	2005-08-22 01:49:07	755	404	2005-08-30 04:28:07	1	2006-02-15 21:30:53
8212	2005-07-28 23:37:23	1305	159	2005-08-04 04:33:23	2	2006-02-15 21:30:53
2668	2005-06-19 11:28:47	3127	568	2005-06-24 10:12:47	2	2006-02-15 21:30:53
7174	2005-07-27 08:00:36	46	570	2005-08-01 03:11:36	1	2006-02-15 21:30:53
8534	2005-07-29 10:30:13	4029	516	2005-08-02 04:47:13	1	2006-02-15 21:30:53
1806	2005-06-16 20:41:57	2053	45	2005-06-18 19:25:57	2	2006-02-15 21:30:53
2523	2005-06-19 00:45:56	460	89	2005-06-21 00:54:56	2	2006-02-15 21:30:53
3492	2005-07-05 23:44:37	980	142	2005-07-14 03:54:37	1	2006-02-15 21:30:53
7102	2005-07-27 05:07:21	1081	411	2005-08-01 09:41:21	2	2006-02-15 21:30:53
2630	2005-06-19 08:47:21	3904	236	2005-06-25 09:31:21	1	2006-02-15 21:30:53
7311	2005-07-27 13:02:54	2807	582	2005-08-04 09:52:54	1	2006-02-15 21:30:53
4847	2005-07-08 18:29:13	3397	544	2005-07-15 18:12:13	2	2006-02-15 21:30:53
5464	2005-07-09 22:58:14	3692	434	2005-07-15 02:48:14	1	2006-02-15 21:30:53
8183	2005-07-28 22:21:07	1545	119	2005-08-04 19:20:07	2	2006-02-15 21:30:53
10616	2005-08-01 14:59:50	1094	20	2005-08-07 11:38:50	2	2006-02-15 21:30:53
4263	2005-07-07 14:24:44	2975	16	2005-07-13 18:22:44	1	2006-02-15 21:30:53
4809	2005-07-08 17:03:22	4251	474	2005-07-17 22:39:22	1	2006-02-15 21:30:53
14091	2005-08-21 00:11:17	3304	53	2005-08-27 18:38:17	1	2006-02-15 21:30:53
5990	2005-07-11 01:03:14	1561	432	2005-07-15 19:32:14	1	2006-02-15 21:30:53
3380	2005-06-21 13:58:46	3212	483	2005-06-30 09:29:46	1	2006-02-15 21:30:53
4187	2005-07-07 10:41:31	2	161	2005-07-11 06:25:31	1	2006-02-15 21:30:53
6522	2005-07-12 04:11:58	3916	142	2005-07-15 08:32:58	1	2006-02-15 21:30:53
944	2005-05-30 15:26:24	151	131	2005-06-07 18:09:24	2	2006-02-15 21:30:53
7661	2005-07-28 02:10:27	3060	256	2005-08-05 03:45:27	2	2006-02-15 21:30:53
8810	2005-07-29 21:45:19	1233	431	2005-08-08 01:45:19	2	2006-02-15 21:30:53
3340	2005-06-21 10:37:23	2962	540	2005-06-26 07:21:23	2	2006-02-15 21:30:53
6529	2005-07-12 04:31:04	1058	503	2005-07-17 07:09:04	2	2006-02-15 21:30:53
5385	2005-07-09 19:18:11	4291	112	2005-07-16 18:50:11	2	2006-02-15 21:30:53
8883	2005-07-30 00:24:48	1421	168	2005-08-04 00:24:48	2	2006-02-15 21:30:53
1050	2005-05-31 07:01:27	726	303	2005-06-03 07:50:27	2	2006-02-15 21:30:53
8637	2005-07-29 14:30:11	1069	310	2005-08-04 14:00:11	1	2006-02-15 21:30:53
4465	2005-07-08 00:07:45	2877	329	2005-07-13 18:08:45	2	2006-02-15 21:30:53
4366	2005-07-07 19:48:36	2961	524	2005-07-14 01:14:36	1	2006-02-15 21:30:53
126	2005-05-25 21:07:59	2047	439	2005-05-28 18:51:59	1	2006-02-15 21:30:53
509	2005-05-28 02:51:12	3416	147	2005-05-31 06:27:12	1	2006-02-15 21:30:53
4424	2005-07-07 22:14:43	662	384	2005-07-11 01:17:43	1	2006-02-15 21:30:53
13049	2005-08-19 09:25:40	4122	53	2005-08-27 10:19:40	2	2006-02-15 21:30:53
15806	2005-08-23 14:31:50	2683	166	2005-08-27 16:08:50	2	2006-02-15 21:30:53
\.


--
-- PostgreSQL database dump complete
--

ALTER TABLE rental ENABLE TRIGGER ALL;


-- Import data into table: payment

ALTER TABLE payment DISABLE TRIGGER ALL;
--
-- PostgreSQL database dump
--

COPY public.payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date) FROM stdin;
854	31	1	2233	0.99	2005-06-18 03:57:36
10244	378	1	12596	2.99	2005-08-18 16:29:35
9643	357	2	2153	6.99	2005-06-17 22:58:04
1862	68	2	13475	4.99	2005-08-20 01:05:05
8965	332	2	5381	2.99	2005-07-09 19:11:11
7947	293	1	13817	4.99	2005-08-20 13:15:30
2550	93	2	14333	4.99	2005-08-21 08:31:03
8957	331	2	15447	3.99	2005-08-23 00:53:57
5861	216	1	1672	3.99	2005-06-16 10:37:34
13622	505	1	14398	2.99	2005-08-21 10:27:21
3528	131	2	55	2.99	2005-05-25 08:26:13
4452	164	2	1713	4.99	2005-06-16 14:28:33
11163	412	2	11027	4.99	2005-08-02 05:47:10
3998	147	2	10752	8.99	2005-08-01 20:08:49
11033	408	2	59	5.99	2005-05-25 08:56:42
5307	196	1	10191	4.99	2005-08-01 00:28:38
8648	319	1	12018	4.99	2005-08-17 19:44:46
9218	341	1	1849	7.99	2005-06-17 00:13:19
7553	279	1	979	2.99	2005-05-30 21:37:11
8930	330	1	12867	0.99	2005-08-19 02:40:11
8939	331	2	3871	8.99	2005-07-06 17:58:51
1361	50	2	1136	4.99	2005-05-31 19:19:36
6895	256	2	1965	0.99	2005-06-17 09:17:39
967	35	1	6147	5.99	2005-07-11 09:13:08
9022	334	2	5434	0.99	2005-07-09 21:25:20
8764	324	2	7240	3.99	2005-07-27 10:21:15
11325	419	1	62	2.99	2005-05-25 09:18:52
8119	299	1	5642	2.99	2005-07-10 06:46:08
1987	73	2	11349	4.99	2005-08-02 17:21:49
5547	204	2	14163	4.99	2005-08-21 02:56:52
10203	377	2	2556	3.99	2005-06-19 03:07:32
15975	596	1	11934	0.99	2005-08-17 16:40:00
6012	222	2	5592	6.99	2005-07-10 04:26:13
12091	448	2	3347	5.99	2005-06-21 11:08:32
12472	462	1	3279	4.99	2005-06-21 06:05:53
5768	212	2	12562	3.99	2005-08-18 15:00:03
789	29	1	3324	2.99	2005-06-21 08:49:16
81	3	1	13403	8.99	2005-08-19 22:18:07
1311	47	2	15846	2.99	2005-08-23 15:39:18
12732	471	1	6912	5.99	2005-07-12 22:17:16
14613	543	1	11681	2.99	2005-08-17 06:13:30
600	22	1	12222	4.99	2006-02-14 15:16:03
11483	425	2	4361	2.99	2005-07-07 19:33:23
4325	159	2	549	1.99	2005-05-28 07:35:37
10486	387	1	7497	0.99	2005-07-27 20:05:27
14808	552	2	3397	4.99	2005-06-21 15:30:11
6134	228	2	492	4.99	2005-05-28 00:24:58
11900	441	1	8281	0.99	2005-07-29 01:46:00
1435	52	2	7284	0.99	2005-07-27 12:12:04
7023	260	2	4741	6.99	2005-07-08 13:31:23
8772	324	2	12543	2.99	2005-08-18 14:23:55
144	5	2	15232	0.99	2005-08-22 17:37:02
8640	319	1	6485	6.99	2005-07-12 02:07:59
5086	187	2	5833	6.99	2005-07-10 16:39:24
5993	221	2	11680	4.99	2005-08-17 06:12:27
12538	464	2	13943	2.99	2005-08-20 17:31:18
14966	559	1	3370	1.99	2005-06-21 13:27:01
11218	415	1	3211	2.99	2005-06-21 01:01:29
5798	213	2	13426	0.99	2005-08-19 23:15:00
13312	494	2	8333	2.99	2005-07-29 04:16:40
12482	462	1	7932	4.99	2005-07-28 12:24:54
1267	46	1	3916	4.99	2005-07-06 20:18:50
1816	66	1	13900	2.99	2005-08-20 16:05:41
11494	425	1	8974	0.99	2005-07-30 04:09:16
11786	437	2	9172	2.99	2005-07-30 11:36:38
15974	596	2	11852	3.99	2005-08-17 13:38:27
835	30	1	8083	4.99	2005-07-28 18:09:48
5282	196	2	178	5.99	2005-05-26 04:21:46
14901	556	2	5722	0.99	2005-07-10 11:10:04
12460	461	1	14186	4.99	2005-08-21 03:31:07
1610	58	1	11416	6.99	2005-08-02 19:44:04
15747	588	1	6368	4.99	2005-07-11 21:19:01
7666	283	2	6313	0.99	2005-07-11 18:29:52
4598	169	2	13198	2.99	2005-08-19 14:47:18
14090	523	1	9071	2.99	2005-07-30 07:40:58
11749	436	2	4643	0.99	2005-07-08 09:13:56
10349	382	2	3480	3.99	2005-07-05 23:11:43
3719	137	1	16030	9.99	2005-08-23 21:56:04
6122	227	1	8219	2.99	2005-07-28 23:46:31
3512	130	2	4339	4.99	2005-07-07 18:41:42
13742	510	2	3744	2.99	2005-07-06 12:10:02
4125	151	1	10078	2.99	2005-07-31 20:02:02
13370	496	2	12605	4.99	2005-08-18 16:59:37
4425	163	2	2536	5.99	2005-06-19 01:41:34
10033	371	1	4612	1.99	2005-07-08 07:40:44
3376	125	1	10699	2.99	2005-08-01 18:24:51
4276	157	1	8707	0.99	2005-07-29 17:21:58
15378	574	1	5077	3.99	2005-07-09 05:18:01
7519	277	1	12458	5.99	2005-08-18 11:22:53
2202	81	1	5468	0.99	2005-07-09 23:06:09
8193	302	2	5682	2.99	2005-07-10 08:51:39
8454	311	1	16020	8.99	2005-08-23 21:34:33
8667	320	2	8794	4.99	2005-07-29 20:59:38
14096	523	1	14766	4.99	2005-08-21 23:42:20
4030	148	2	8111	4.99	2005-07-28 19:10:03
14050	522	2	4563	9.99	2005-07-08 05:08:55
13145	487	1	7097	2.99	2005-07-27 04:56:09
2365	87	1	5084	7.99	2005-07-09 05:33:27
10386	383	2	11122	0.99	2005-08-02 08:49:09
15900	594	1	360	8.99	2005-05-27 06:51:14
14246	529	2	9375	0.99	2005-07-30 19:10:17
8109	299	2	2664	4.99	2005-06-19 11:11:23
15347	573	1	4770	2.99	2005-07-08 15:29:46
15550	580	2	9865	0.99	2005-07-31 13:10:45
9527	352	2	11986	0.99	2005-08-17 18:21:58
13343	495	1	8672	5.99	2005-07-29 15:49:48
2338	86	1	5752	8.99	2005-07-10 12:27:38
3048	113	2	10181	4.99	2005-08-01 00:00:44
488	18	2	12333	0.99	2005-08-18 06:51:39
11063	409	2	1226	5.99	2005-06-15 03:46:10
8190	302	1	1231	2.99	2005-06-15 04:04:41
4493	166	2	3606	2.99	2005-07-06 05:28:02
15960	596	1	914	2.99	2005-05-30 11:06:00
7441	275	1	3355	2.99	2005-06-21 11:30:47
10259	379	2	11457	3.99	2005-08-02 21:14:16
7018	260	1	2178	0.99	2005-06-18 00:38:35
985	36	1	716	0.99	2005-05-29 04:35:29
7140	264	2	9515	0.99	2005-07-31 00:35:05
840	30	1	9998	2.99	2005-07-31 17:40:35
15420	575	2	14952	2.99	2005-08-22 06:20:07
11456	424	2	4559	0.99	2005-07-08 04:56:49
7347	272	1	33	0.99	2005-05-25 04:18:51
15541	580	1	6089	2.99	2005-07-11 05:45:59
6133	227	2	13374	4.99	2006-02-14 15:16:03
8277	305	1	5052	2.99	2005-07-09 03:59:43
9885	366	1	3834	2.99	2005-07-06 16:19:56
10629	392	2	10085	0.99	2005-07-31 20:12:02
12545	465	1	2159	8.99	2005-06-17 23:37:29
9474	350	1	5786	1.99	2005-07-10 14:06:44
9911	366	1	14147	4.99	2005-08-21 02:14:03
399	15	1	11141	2.99	2005-08-02 09:29:11
13478	500	1	8538	6.99	2005-07-29 10:45:17
14155	526	2	6650	2.99	2005-07-12 10:57:10
15871	592	2	13662	3.99	2005-08-20 08:11:58
9047	335	2	4032	2.99	2005-07-07 02:34:13
9526	352	1	11823	6.99	2005-08-17 12:36:37
15660	584	1	12844	2.99	2005-08-19 01:59:08
1012	37	1	923	2.99	2005-05-30 11:58:50
7201	266	1	12715	4.99	2005-08-18 21:09:38
11070	409	1	5848	2.99	2005-07-10 17:28:14
13451	499	1	11513	7.99	2005-08-16 23:51:33
3674	136	2	11992	10.99	2005-08-17 18:27:22
6435	238	2	11632	2.99	2005-08-17 04:29:32
7858	290	2	7265	2.99	2005-07-27 11:19:01
3694	137	1	6039	6.99	2005-07-11 03:12:19
12107	448	1	13982	3.99	2005-08-20 19:08:25
984	36	1	349	0.99	2005-05-27 04:53:11
149	6	1	1575	3.99	2005-06-16 03:41:38
12807	473	2	14550	0.99	2005-08-21 15:56:39
11409	422	2	9541	4.99	2005-07-31 01:40:14
9648	357	2	6367	4.99	2005-07-11 21:18:29
11130	411	1	4246	2.99	2005-07-07 13:49:03
14334	532	1	13908	4.99	2005-08-20 16:21:40
14024	521	1	5276	2.99	2005-07-09 14:35:13
3626	134	2	8650	1.99	2005-07-29 14:59:04
4490	166	1	2211	3.99	2005-06-18 02:29:10
15192	567	2	4457	0.99	2005-07-07 23:45:38
15693	586	2	1540	0.99	2005-06-16 01:14:56
14545	540	2	11324	4.99	2005-08-02 16:31:17
4961	182	1	5521	2.99	2005-07-10 01:31:22
5750	211	2	15538	6.99	2005-08-23 04:07:37
13783	512	1	2364	2.99	2005-06-18 13:37:32
6045	224	2	4411	3.99	2005-07-07 21:54:58
12029	446	2	2335	3.99	2005-06-18 10:59:36
9603	355	2	13821	1.99	2005-08-20 13:33:47
5846	215	2	9611	4.99	2005-07-31 03:54:43
15424	576	1	968	0.99	2005-05-30 19:20:03
14648	545	2	8848	2.99	2005-07-29 23:20:58
1797	66	1	3573	4.99	2005-07-06 03:33:48
10782	398	2	12528	2.99	2005-08-18 13:52:41
10926	404	1	8455	3.99	2005-07-29 07:53:06
9739	360	1	12990	4.99	2005-08-19 07:20:39
15334	572	2	13377	1.99	2005-08-19 21:32:23
988	36	2	4560	4.99	2005-07-08 04:58:48
7455	275	1	12606	1.99	2005-08-18 17:02:21
9174	339	2	11171	4.99	2005-08-02 10:23:41
12771	472	2	12763	4.99	2005-08-18 23:07:01
13171	488	2	6548	5.99	2005-07-12 05:00:46
6635	245	1	6795	5.99	2005-07-12 16:41:00
2680	99	2	8242	7.99	2005-07-29 00:34:27
3992	147	2	6753	2.99	2005-07-12 14:55:42
14498	538	2	10701	3.99	2005-08-01 18:28:17
14962	558	1	14286	5.99	2005-08-21 06:53:53
9001	333	2	9148	4.99	2005-07-30 10:39:10
8535	314	2	14873	5.99	2005-08-22 03:31:06
3933	145	2	7061	2.99	2005-07-27 03:51:10
6743	250	1	3635	4.99	2005-07-06 06:55:36
3206	119	1	10681	4.99	2005-08-01 17:30:35
2687	99	1	11593	0.99	2006-02-14 15:16:03
9512	352	1	1649	4.99	2005-06-16 09:20:33
7025	260	2	6328	2.99	2005-07-11 19:09:33
15698	586	2	9786	2.99	2005-07-31 10:25:21
3744	138	1	11088	0.99	2005-08-02 07:48:31
6152	228	2	7509	8.99	2005-07-27 20:37:19
14049	522	2	4078	4.99	2005-07-07 05:05:05
5189	191	1	7520	2.99	2005-07-27 21:02:02
15395	575	1	395	0.99	2005-05-27 11:45:49
11923	442	1	3661	2.99	2005-07-06 08:10:02
15078	563	2	4436	0.99	2005-07-07 22:52:04
5530	204	2	6004	4.99	2005-07-11 01:34:25
11800	438	2	1779	0.99	2005-06-16 18:55:11
3169	118	2	2217	0.99	2005-06-18 03:12:29
10369	383	2	2228	2.99	2005-06-18 03:44:50
10949	405	2	4223	0.99	2005-07-07 12:23:54
11426	423	1	2600	6.99	2005-06-19 06:07:25
7635	282	2	4412	4.99	2005-07-07 21:56:53
7633	282	1	3885	2.99	2005-07-06 18:43:43
9238	342	2	2190	5.99	2005-06-18 01:29:51
10654	393	2	6513	0.99	2005-07-12 03:44:43
14506	538	1	15343	6.99	2005-08-22 21:01:25
14571	541	2	14938	6.99	2005-08-22 05:52:39
5412	199	1	11454	2.99	2005-08-02 21:04:39
7834	289	1	12170	0.99	2005-08-18 01:06:10
3989	147	1	5844	0.99	2005-07-10 17:14:43
10156	375	1	1499	5.99	2005-06-15 21:58:07
4226	155	1	10098	0.99	2005-07-31 20:41:17
4378	161	1	1856	2.99	2005-06-17 01:02:00
1273	46	1	10088	2.99	2005-07-31 20:16:21
9373	347	2	3605	0.99	2005-07-06 05:27:15
10115	373	1	12748	7.99	2005-08-18 22:29:05
4557	168	1	6334	5.99	2005-07-11 19:20:44
5722	211	2	3937	8.99	2005-07-06 21:15:38
7796	288	1	4692	2.99	2005-07-08 11:07:06
15841	591	2	13104	2.99	2005-08-19 11:06:06
8381	309	2	218	6.99	2005-05-26 09:27:09
15402	575	1	3558	6.99	2005-07-06 02:49:06
5973	220	2	14016	4.99	2005-08-20 20:52:03
4902	180	1	9373	0.99	2005-07-30 19:05:36
2205	81	2	9454	3.99	2005-07-30 22:20:09
135	5	1	11179	4.99	2005-08-02 10:50:06
3039	113	2	5189	2.99	2005-07-09 10:23:21
311	12	1	3870	3.99	2005-07-06 17:57:54
489	18	2	13490	0.99	2005-08-20 01:29:29
9130	338	1	2148	6.99	2005-06-17 22:44:35
4580	168	2	15683	2.99	2005-08-23 09:38:17
12374	458	2	13571	4.99	2005-08-20 05:05:14
1538	56	1	569	6.99	2005-05-28 10:12:41
4151	152	1	13204	4.99	2005-08-19 15:02:48
12325	456	1	13547	4.99	2005-08-20 03:53:16
7404	274	2	301	2.99	2005-05-26 21:06:14
8195	302	2	5821	4.99	2005-07-10 16:07:16
4235	155	1	12352	0.00	2006-02-14 15:16:03
2827	105	1	779	6.99	2005-05-29 14:17:17
4916	181	1	2645	5.99	2005-06-19 09:50:35
14767	550	2	11320	0.99	2005-08-02 16:13:28
4874	179	1	7054	4.99	2005-07-27 03:43:28
8157	300	2	12644	5.99	2005-08-18 18:22:27
5183	191	2	2555	2.99	2005-06-19 03:07:02
8929	330	1	12740	4.99	2005-08-18 22:17:04
4897	180	2	5773	0.99	2005-07-10 13:31:09
5773	213	2	385	0.99	2005-05-27 10:23:25
12565	466	2	5048	0.99	2005-07-09 03:46:33
9144	338	2	10791	2.99	2005-08-01 21:41:52
8019	296	1	869	4.99	2005-05-30 04:22:06
5199	192	1	4469	4.99	2005-07-08 00:18:32
5942	219	1	13765	4.99	2005-08-20 11:39:00
12037	446	2	6454	0.99	2005-07-12 01:00:12
11891	441	2	3695	2.99	2005-07-06 10:02:08
1687	62	1	947	4.99	2005-05-30 15:36:57
7793	288	2	565	5.99	2005-05-28 09:26:31
13455	499	1	12354	7.99	2005-08-18 07:34:07
13731	510	1	75	8.99	2005-05-25 11:13:34
5120	188	1	13787	5.99	2005-08-20 12:15:23
115	5	2	3126	4.99	2005-06-20 18:38:22
7819	289	2	3123	6.99	2005-06-20 18:26:14
15375	574	2	4890	2.99	2005-07-08 20:05:38
4528	167	1	5781	2.99	2005-07-10 13:49:30
6990	259	2	6539	3.99	2005-07-12 04:50:49
13612	505	1	4507	6.99	2005-07-08 02:22:45
11246	416	2	1771	0.99	2005-06-16 18:12:17
1688	62	2	1241	6.99	2005-06-15 04:59:43
990	36	1	5403	0.99	2005-07-09 20:07:09
5245	194	2	677	7.99	2005-05-28 23:00:08
4364	160	2	12334	2.99	2005-08-18 06:52:36
4097	150	2	12335	2.99	2005-08-18 06:59:15
15385	574	1	9589	7.99	2005-07-31 03:13:29
8160	300	2	13499	6.99	2005-08-20 01:52:30
13535	502	2	11036	4.99	2005-08-02 05:56:29
2031	75	1	4639	5.99	2005-07-08 08:57:21
3796	140	2	13053	10.99	2005-08-19 09:31:48
970	35	1	6572	4.99	2005-07-12 05:56:38
4208	154	1	14918	6.99	2005-08-22 05:06:38
15979	596	1	14050	3.99	2005-08-20 22:09:04
2987	111	2	9933	0.99	2005-07-31 15:24:46
1818	66	1	14217	6.99	2005-08-21 04:37:56
8908	330	2	967	7.99	2005-05-30 19:12:06
11211	414	1	13404	0.99	2005-08-19 22:18:42
15689	585	2	14604	4.99	2006-02-14 15:16:03
5955	220	2	6412	0.99	2005-07-11 23:19:21
6424	238	1	4143	0.99	2005-07-07 08:22:07
6497	240	1	13663	8.99	2005-08-20 08:12:33
14576	541	2	15924	1.99	2005-08-23 18:08:59
11440	423	2	8595	9.99	2005-07-29 12:47:43
2490	91	2	9228	2.99	2005-07-30 13:36:57
5796	213	2	11778	3.99	2005-08-17 10:31:40
6592	244	2	1189	6.99	2005-06-15 01:04:22
12559	466	2	1104	2.99	2005-05-31 14:30:01
3181	118	2	10045	1.99	2005-07-31 19:04:35
4977	183	2	2471	5.99	2005-06-18 20:31:00
12864	476	1	771	2.99	2005-05-29 12:59:14
7938	293	2	7607	4.99	2005-07-28 00:05:53
367	14	2	5317	7.99	2005-07-09 16:10:25
2608	96	1	8437	6.99	2005-07-29 07:23:43
10995	406	2	9224	0.99	2005-07-30 13:25:37
15432	576	1	3877	4.99	2005-07-06 18:22:10
3941	145	2	11954	2.99	2005-08-17 17:18:36
10131	374	1	5463	4.99	2005-07-09 22:57:02
15393	574	2	15214	2.99	2005-08-22 16:53:29
15883	593	2	4781	4.99	2005-07-08 16:06:55
12687	469	1	15487	4.99	2005-08-23 02:05:51
13230	490	2	14761	6.99	2005-08-21 23:30:28
14387	534	2	10725	6.99	2005-08-01 19:11:04
4049	148	2	14184	6.99	2005-08-21 03:24:50
7356	272	2	7300	7.99	2005-07-27 12:50:17
3909	144	1	11228	2.99	2005-08-02 12:55:23
14411	535	2	9440	0.99	2005-07-30 21:40:15
7088	262	2	13466	2.99	2005-08-20 00:55:16
8865	328	1	12175	4.99	2005-08-18 01:10:17
10356	382	1	8993	4.99	2005-07-30 04:51:25
11134	411	2	7395	0.99	2005-07-27 16:03:11
15671	585	2	4579	4.99	2005-07-08 06:01:56
10312	381	2	2410	2.99	2005-06-18 16:55:08
2438	89	1	12756	2.99	2005-08-18 22:52:13
1802	66	2	4911	5.99	2005-07-08 21:20:26
8719	322	1	13650	9.99	2005-08-20 07:49:06
11682	433	1	10663	4.99	2005-08-01 16:51:08
6436	238	1	11897	2.99	2005-08-17 15:24:06
11042	408	2	6826	2.99	2005-07-12 18:32:02
3679	136	1	14437	2.99	2005-08-21 11:48:32
14059	522	1	8642	6.99	2005-07-29 14:38:17
1820	66	2	14429	0.99	2005-08-21 11:29:43
6737	250	1	61	5.99	2005-05-25 09:01:57
5463	201	2	13613	9.99	2005-08-20 06:23:53
10830	400	2	13449	2.99	2005-08-20 00:17:01
6617	244	1	14367	0.99	2005-08-21 09:31:44
1065	38	1	14787	6.99	2005-08-22 00:25:59
12624	468	2	4184	3.99	2005-07-07 10:30:08
3370	125	1	9129	9.99	2005-07-30 09:51:21
4279	157	2	9264	4.99	2005-07-30 14:51:36
9763	361	1	11327	2.99	2005-08-02 16:40:47
355	13	1	14252	9.99	2005-08-21 05:44:07
8314	306	2	11142	4.99	2005-08-02 09:30:11
1909	70	1	15616	3.99	2005-08-23 07:06:38
7322	270	2	11841	2.99	2005-08-17 13:12:20
2206	81	2	10456	0.99	2005-08-01 09:17:21
7725	285	2	10628	2.99	2005-08-01 15:33:19
5032	185	1	7066	4.99	2005-07-27 03:53:52
1974	73	2	4327	2.99	2005-07-07 18:01:39
13378	497	2	2180	8.99	2005-06-18 00:47:43
15080	563	2	4629	6.99	2005-07-08 08:31:26
189	7	1	5921	7.99	2005-07-10 21:35:12
2754	102	2	7439	6.99	2005-07-27 17:42:31
3852	142	2	14116	4.99	2005-08-21 01:11:17
479	18	1	6846	0.99	2005-07-12 19:20:45
1615	58	2	13973	4.99	2005-08-20 18:52:43
15388	574	2	11775	3.99	2005-08-17 10:25:53
1592	57	2	15871	9.99	2005-08-23 16:24:24
13475	500	2	6801	3.99	2005-07-12 17:09:08
1456	53	1	751	0.99	2005-05-29 09:55:43
14013	520	2	13659	2.99	2005-08-20 08:05:52
9292	343	2	13522	3.99	2005-08-20 02:44:06
15886	593	1	6731	2.99	2005-07-12 13:58:27
14835	553	2	3891	4.99	2005-07-06 18:58:25
8212	302	2	14247	3.99	2005-08-21 05:35:17
2668	99	2	4170	2.99	2005-07-07 09:44:36
7174	265	1	12207	1.99	2005-08-18 02:24:07
8534	314	2	14815	4.99	2005-08-22 01:12:44
1806	66	1	6402	3.99	2005-07-11 22:46:10
2523	92	1	9240	4.99	2005-07-30 13:57:54
3492	129	1	10468	0.99	2005-08-01 09:48:29
7102	263	1	3578	4.99	2005-07-06 03:47:05
2630	97	1	6544	0.99	2005-07-12 04:56:15
7311	270	1	3987	9.99	2005-07-06 23:28:24
4847	178	2	9879	4.99	2005-07-31 13:45:32
5464	201	2	13671	3.99	2005-08-20 08:27:03
8183	301	1	10883	0.99	2005-08-02 00:47:19
10616	391	1	13980	2.99	2005-08-20 19:04:40
4263	157	2	2340	0.99	2005-06-18 11:30:56
4809	177	2	7674	1.99	2005-07-28 02:54:30
14091	523	2	9667	6.99	2005-07-31 06:23:52
5990	221	1	9320	6.99	2005-07-30 17:16:39
3380	125	1	11999	0.99	2005-08-17 18:47:07
4187	154	2	3806	7.99	2005-07-06 15:09:41
6522	241	2	10447	3.99	2005-08-01 09:04:58
944	34	2	11701	4.99	2005-08-17 07:15:47
7661	283	2	4683	2.99	2005-07-08 10:38:28
8810	326	1	5147	5.99	2005-07-09 08:17:41
3340	124	2	2336	1.99	2005-06-18 11:00:05
6529	241	2	14485	2.99	2005-08-21 13:52:07
5385	198	2	12594	4.99	2005-08-18 16:24:24
8883	329	2	3268	4.99	2005-06-21 04:55:49
1050	38	2	7321	5.99	2005-07-27 13:33:38
8637	319	2	6132	2.99	2005-07-11 08:24:44
4465	164	2	11175	2.99	2005-08-02 10:38:47
4366	160	2	13093	6.99	2005-08-19 10:46:16
126	5	2	7652	0.99	2005-07-28 01:50:29
509	19	1	13718	8.99	2005-08-20 09:53:44
4424	163	2	2110	7.99	2005-06-17 19:45:49
13049	483	1	8356	4.99	2005-07-29 04:58:56
15806	590	1	7010	4.99	2005-07-27 01:56:01
\.

--
-- PostgreSQL database dump complete
--

ALTER TABLE payment ENABLE TRIGGER ALL;

-- gather statistics

analyze actor;
analyze address;
analyze category;
analyze city;
analyze country;
analyze customer;
analyze film;
analyze film_actor;
analyze film_category;
analyze inventory;
analyze language;
analyze payment;
analyze rental;
analyze staff;
analyze store;






