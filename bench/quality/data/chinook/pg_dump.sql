--
-- PostgreSQL database dump
--

\restrict PiiscanQuality

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: album; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.album (
    id bigint NOT NULL,
    artist bigint,
    title character varying(190)
);


ALTER TABLE public.album OWNER TO postgres;

--
-- Name: artist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.artist (
    id bigint NOT NULL,
    name character varying(170)
);


ALTER TABLE public.artist OWNER TO postgres;

--
-- Name: customer; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customer (
    id bigint NOT NULL,
    city character varying(38),
    fax character varying(36),
    firstname character varying(18),
    lastname character varying(24),
    company character varying(96),
    phone character varying(38),
    state character varying(16),
    address character varying(80),
    postalcode character varying(20),
    support_rep bigint,
    country character varying(28),
    email character varying(58)
);


ALTER TABLE public.customer OWNER TO postgres;

--
-- Name: employee; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.employee (
    id bigint NOT NULL,
    city character varying(20),
    fax character varying(34),
    firstname character varying(16),
    title character varying(38),
    lastname character varying(16),
    reports_to bigint,
    birthdate timestamp without time zone,
    phone character varying(34),
    state character varying(16),
    address character varying(54),
    postalcode character varying(16),
    hiredate timestamp without time zone,
    country character varying(16),
    email character varying(48)
);


ALTER TABLE public.employee OWNER TO postgres;

--
-- Name: genre; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.genre (
    id bigint NOT NULL,
    name character varying(36)
);


ALTER TABLE public.genre OWNER TO postgres;

--
-- Name: invoice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invoice (
    id bigint NOT NULL,
    customer bigint,
    billingpostalcode character varying(20),
    invoicedate timestamp without time zone,
    billingstate character varying(16),
    billingaddress character varying(80),
    billingcountry character varying(28),
    total numeric(12,2),
    billingcity character varying(38)
);


ALTER TABLE public.invoice OWNER TO postgres;

--
-- Name: invoiceline; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invoiceline (
    id bigint NOT NULL,
    track bigint,
    unit_price numeric(12,2),
    invoice bigint,
    quantity bigint
);


ALTER TABLE public.invoiceline OWNER TO postgres;

--
-- Name: mediatype; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mediatype (
    id bigint NOT NULL,
    name character varying(54)
);


ALTER TABLE public.mediatype OWNER TO postgres;

--
-- Name: playlist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.playlist (
    id bigint NOT NULL,
    name character varying(52)
);


ALTER TABLE public.playlist OWNER TO postgres;

--
-- Name: playlisttrack; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.playlisttrack (
    id bigint NOT NULL,
    track bigint,
    playlist bigint
);


ALTER TABLE public.playlisttrack OWNER TO postgres;

--
-- Name: track; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.track (
    id bigint NOT NULL,
    album bigint,
    name character varying(102),
    bytes bigint,
    mediatype bigint,
    unit_price numeric(12,2),
    composer character varying(150),
    genre bigint,
    milliseconds bigint
);


ALTER TABLE public.track OWNER TO postgres;

--
-- Data for Name: album; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.album (id, artist, title) FROM stdin;
1	1	For Those About To Rock We Salute You
2	2	Balls to the Wall
3	2	Restless and Wild
4	1	Let There Be Rock
5	3	Big Ones
6	4	Jagged Little Pill
7	5	Facelift
8	6	Warner 25 Anos
9	7	Plays Metallica By Four Cellos
10	8	Audioslave
11	8	Out Of Exile
12	9	BackBeat Soundtrack
13	10	The Best Of Billy Cobham
14	11	Alcohol Fueled Brewtality Live! [Disc 1]
15	11	Alcohol Fueled Brewtality Live! [Disc 2]
16	12	Black Sabbath
17	12	Black Sabbath Vol. 4 (Remaster)
18	13	Body Count
19	14	Chemical Wedding
20	15	The Best Of Buddy Guy - The Millenium Collection
21	16	Prenda Minha
22	16	Sozinho Remix Ao Vivo
23	17	Minha Historia
24	18	Afrociberdelia
25	18	Da Lama Ao Caos
26	19	Acústico MTV [Live]
27	19	Cidade Negra - Hits
28	20	Na Pista
29	21	Axé Bahia 2001
30	22	BBC Sessions [Disc 1] [Live]
31	23	Bongo Fury
32	21	Carnaval 2001
33	24	Chill: Brazil (Disc 1)
34	6	Chill: Brazil (Disc 2)
35	50	Garage Inc. (Disc 1)
36	51	Greatest Hits II
37	52	Greatest Kiss
38	53	Heart of the Night
39	54	International Superhits
40	55	Into The Light
41	56	Meus Momentos
42	57	Minha História
43	58	MK III The Final Concerts [Disc 1]
44	22	Physical Graffiti [Disc 1]
45	21	Sambas De Enredo 2001
46	59	Supernatural
47	37	The Best of Ed Motta
48	68	The Essential Miles Davis [Disc 1]
49	68	The Essential Miles Davis [Disc 2]
50	58	The Final Concerts (Disc 2)
51	69	Up An' Atom
52	70	Vinícius De Moraes - Sem Limite
53	21	Vozes do MPB
54	76	Chronicle, Vol. 1
55	76	Chronicle, Vol. 2
56	77	Cássia Eller - Coleção Sem Limite [Disc 2]
57	77	Cássia Eller - Sem Limite [Disc 1]
58	58	Come Taste The Band
59	58	Deep Purple In Rock
60	58	Fireball
61	58	Knocking at Your Back Door: The Best Of Deep Purple in the 80's
62	58	Machine Head
63	58	Purpendicular
64	58	Slaves And Masters
65	58	Stormbringer
66	58	The Battle Rages On
67	78	Vault: Def Leppard's Greatest Hits
68	79	Outbreak
69	80	Djavan Ao Vivo - Vol. 02
70	80	Djavan Ao Vivo - Vol. 1
71	41	Elis Regina-Minha História
72	81	The Cream Of Clapton
73	81	Unplugged
74	82	Album Of The Year
75	82	Angel Dust
76	82	King For A Day Fool For A Lifetime
77	82	The Real Thing
78	83	Deixa Entrar
79	84	In Your Honor [Disc 1]
80	84	In Your Honor [Disc 2]
81	84	One By One
82	84	The Colour And The Shape
83	85	My Way: The Best Of Frank Sinatra [Disc 1]
84	86	Roda De Funk
85	27	As Canções de Eu Tu Eles
86	27	Quanta Gente Veio Ver (Live)
87	27	Quanta Gente Veio ver--Bônus De Carnaval
88	87	Faceless
89	54	American Idiot
90	88	Appetite for Destruction
91	88	Use Your Illusion I
92	88	Use Your Illusion II
93	89	Blue Moods
94	90	A Matter of Life and Death
95	90	A Real Dead One
96	90	A Real Live One
97	90	Brave New World
98	90	Dance Of Death
99	90	Fear Of The Dark
100	90	Iron Maiden
101	90	Killers
102	90	Live After Death
103	90	Live At Donington 1992 (Disc 1)
104	90	Live At Donington 1992 (Disc 2)
105	90	No Prayer For The Dying
106	90	Piece Of Mind
107	90	Powerslave
108	90	Rock In Rio [CD1]
109	90	Rock In Rio [CD2]
110	90	Seventh Son of a Seventh Son
111	90	Somewhere in Time
112	90	The Number of The Beast
113	90	The X Factor
114	90	Virtual XI
115	91	Sex Machine
116	92	Emergency On Planet Earth
117	92	Synkronized
118	92	The Return Of The Space Cowboy
119	93	Get Born
120	94	Are You Experienced?
121	95	Surfing with the Alien (Remastered)
122	46	Jorge Ben Jor 25 Anos
123	96	Jota Quest-1995
124	97	Cafezinho
125	98	Living After Midnight
126	52	Unplugged [Live]
127	22	BBC Sessions [Disc 2] [Live]
128	22	Coda
129	22	Houses Of The Holy
130	22	In Through The Out Door
131	22	IV
132	22	Led Zeppelin I
133	22	Led Zeppelin II
134	22	Led Zeppelin III
135	22	Physical Graffiti [Disc 2]
136	22	Presence
137	22	The Song Remains The Same (Disc 1)
138	22	The Song Remains The Same (Disc 2)
139	99	A TempestadeTempestade Ou O Livro Dos Dias
140	99	Mais Do Mesmo
141	100	Greatest Hits
142	101	Lulu Santos - RCA 100 Anos De Música - Álbum 01
143	101	Lulu Santos - RCA 100 Anos De Música - Álbum 02
144	102	Misplaced Childhood
145	103	Barulhinho Bom
146	104	Seek And Shall Find: More Of The Best (1963-1981)
147	105	The Best Of Men At Work
148	50	Black Album
149	50	Garage Inc. (Disc 2)
150	50	Kill 'Em All
151	50	Load
152	50	Master Of Puppets
153	50	ReLoad
154	50	Ride The Lightning
155	50	St. Anger
156	50	...And Justice For All
157	68	Miles Ahead
158	42	Milton Nascimento Ao Vivo
159	42	Minas
160	106	Ace Of Spades
161	108	Demorou...
162	109	Motley Crue Greatest Hits
163	110	From The Muddy Banks Of The Wishkah [Live]
164	110	Nevermind
165	111	Compositores
166	112	Olodum
167	113	Acústico MTV
168	113	Arquivo II
169	113	Arquivo Os Paralamas Do Sucesso
170	114	Bark at the Moon (Remastered)
171	114	Blizzard of Ozz
172	114	Diary of a Madman (Remastered)
173	114	No More Tears (Remastered)
174	114	Tribute
175	115	Walking Into Clarksdale
176	116	Original Soundtracks 1
177	117	The Beast Live
178	118	Live On Two Legs [Live]
179	118	Pearl Jam
180	118	Riot Act
181	118	Ten
182	118	Vs.
183	120	Dark Side Of The Moon
184	121	Os Cães Ladram Mas A Caravana Não Pára
185	51	Greatest Hits I
186	51	News Of The World
187	122	Out Of Time
188	124	Green
189	124	New Adventures In Hi-Fi
190	124	The Best Of R.E.M.: The IRS Years
191	125	Cesta Básica
192	126	Raul Seixas
193	127	Blood Sugar Sex Magik
194	127	By The Way
195	127	Californication
196	128	Retrospective I (1974-1980)
197	59	Santana - As Years Go By
198	59	Santana Live
199	130	Maquinarama
200	130	O Samba Poconé
201	131	Judas 0: B-Sides and Rarities
202	131	Rotten Apples: Greatest Hits
203	132	A-Sides
204	53	Morning Dance
205	133	In Step
206	134	Core
207	135	Mezmerize
208	136	[1997] Black Light Syndrome
209	137	Live [Disc 1]
210	137	Live [Disc 2]
211	138	The Singles
212	139	Beyond Good And Evil
213	139	Pure Cult: The Best Of The Cult (For Rockers, Ravers, Lovers & Sinners) [UK]
214	140	The Doors
215	141	The Police Greatest Hits
216	142	Hot Rocks, 1964-1971 (Disc 1)
217	142	No Security
218	142	Voodoo Lounge
219	143	Tangents
220	143	Transmission
221	144	My Generation - The Very Best Of The Who
222	145	Serie Sem Limite (Disc 1)
223	145	Serie Sem Limite (Disc 2)
224	146	Acústico
225	146	Volume Dois
226	147	Battlestar Galactica: The Story So Far
227	147	Battlestar Galactica, Season 3
228	148	Heroes, Season 1
229	149	Lost, Season 3
230	149	Lost, Season 1
231	149	Lost, Season 2
232	150	Achtung Baby
233	150	All That You Can't Leave Behind
234	150	B-Sides 1980-1990
235	150	How To Dismantle An Atomic Bomb
236	150	Pop
237	150	Rattle And Hum
238	150	The Best Of 1980-1990
239	150	War
240	150	Zooropa
241	151	UB40 The Best Of - Volume Two [UK]
242	152	Diver Down
243	152	The Best Of Van Halen, Vol. I
244	152	Van Halen
245	152	Van Halen III
246	153	Contraband
247	72	Vinicius De Moraes
248	155	Ao Vivo [IMPORT]
249	156	The Office, Season 1
250	156	The Office, Season 2
251	156	The Office, Season 3
252	157	Un-Led-Ed
253	158	Battlestar Galactica (Classic), Season 1
254	159	Aquaman
255	150	Instant Karma: The Amnesty International Campaign to Save Darfur
256	114	Speak of the Devil
257	179	20th Century Masters - The Millennium Collection: The Best of Scorpions
258	180	House of Pain
259	36	Radio Brasil (O Som da Jovem Vanguarda) - Seleccao de Henrique Amaro
260	196	Cake: B-Sides and Rarities
261	149	LOST, Season 4
262	197	Quiet Songs
263	198	Muso Ko
264	199	Realize
265	200	Every Kind of Light
266	201	Duos II
267	202	Worlds
268	203	The Best of Beethoven
269	204	Temple of the Dog
270	205	Carry On
271	8	Revelations
272	206	Adorate Deum: Gregorian Chant from the Proper of the Mass
273	207	Allegri: Miserere
274	208	Pachelbel: Canon & Gigue
275	209	Vivaldi: The Four Seasons
276	210	Bach: Violin Concertos
277	211	Bach: Goldberg Variations
278	212	Bach: The Cello Suites
279	213	Handel: The Messiah (Highlights)
280	214	The World of Classical Favourites
281	215	Sir Neville Marriner: A Celebration
282	216	Mozart: Wind Concertos
283	217	Haydn: Symphonies 99 - 104
284	218	Beethoven: Symhonies Nos. 5 & 6
285	219	A Soprano Inspired
286	220	Great Opera Choruses
287	221	Wagner: Favourite Overtures
288	222	Fauré: Requiem, Ravel: Pavane & Others
289	223	Tchaikovsky: The Nutcracker
290	224	The Last Night of the Proms
291	225	Puccini: Madama Butterfly - Highlights
292	226	Holst: The Planets, Op. 32 & Vaughan Williams: Fantasies
293	227	Pavarotti's Opera Made Easy
294	228	Great Performances - Barber's Adagio and Other Romantic Favorites for Strings
295	229	Carmina Burana
296	230	A Copland Celebration, Vol. I
297	231	Bach: Toccata & Fugue in D Minor
298	232	Prokofiev: Symphony No.1
299	233	Scheherazade
300	234	Bach: The Brandenburg Concertos
301	235	Chopin: Piano Concertos Nos. 1 & 2
302	236	Mascagni: Cavalleria Rusticana
303	237	Sibelius: Finlandia
304	238	Beethoven Piano Sonatas: Moonlight & Pastorale
305	240	Great Recordings of the Century - Mahler: Das Lied von der Erde
306	241	Elgar: Cello Concerto & Vaughan Williams: Fantasias
307	242	Adams, John: The Chairman Dances
308	243	Tchaikovsky: 1812 Festival Overture, Op.49, Capriccio Italien & Beethoven: Wellington's Victory
309	244	Palestrina: Missa Papae Marcelli & Allegri: Miserere
310	245	Prokofiev: Romeo & Juliet
311	226	Strauss: Waltzes
312	245	Berlioz: Symphonie Fantastique
313	246	Bizet: Carmen Highlights
314	247	English Renaissance
315	208	Handel: Music for the Royal Fireworks (Original Version 1749)
316	248	Grieg: Peer Gynt Suites & Sibelius: Pelléas et Mélisande
317	249	Mozart Gala: Famous Arias
318	250	SCRIABIN: Vers la flamme
319	251	Armada: Music from the Courts of England and Spain
320	248	Mozart: Symphonies Nos. 40 & 41
321	252	Back to Black
322	252	Frank
323	253	Carried to Dust (Bonus Track Version)
324	254	Beethoven: Symphony No. 6 'Pastoral' Etc.
325	255	Bartok: Violin & Viola Concertos
326	256	Mendelssohn: A Midsummer Night's Dream
327	257	Bach: Orchestral Suites Nos. 1 - 4
328	258	Charpentier: Divertissements, Airs & Concerts
329	259	South American Getaway
330	260	Górecki: Symphony No. 3
331	261	Purcell: The Fairy Queen
332	262	The Ultimate Relexation Album
333	263	Purcell: Music for the Queen Mary
334	264	Weill: The Seven Deadly Sins
335	265	J.S. Bach: Chaconne, Suite in E Minor, Partita in E Major & Prelude, Fugue and Allegro
336	248	Prokofiev: Symphony No.5 & Stravinksy: Le Sacre Du Printemps
337	266	Szymanowski: Piano Works, Vol. 1
338	267	Nielsen: The Six Symphonies
339	268	Great Recordings of the Century: Paganini's 24 Caprices
340	269	Liszt - 12 Études D'Execution Transcendante
341	270	Great Recordings of the Century - Shubert: Schwanengesang, 4 Lieder
342	271	Locatelli: Concertos for Violin, Strings and Continuo, Vol. 3
343	226	Respighi:Pines of Rome
344	272	Schubert: The Late String Quartets & String Quintet (3 CD's)
345	273	Monteverdi: L'Orfeo
346	274	Mozart: Chamber Music
347	275	Koyaanisqatsi (Soundtrack from the Motion Picture)
\.


--
-- Data for Name: artist; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.artist (id, name) FROM stdin;
1	AC/DC
2	Accept
3	Aerosmith
4	Alanis Morissette
5	Alice In Chains
6	Antônio Carlos Jobim
7	Apocalyptica
8	Audioslave
9	BackBeat
10	Billy Cobham
11	Black Label Society
12	Black Sabbath
13	Body Count
14	Bruce Dickinson
15	Buddy Guy
16	Caetano Veloso
17	Chico Buarque
18	Chico Science & Nação Zumbi
19	Cidade Negra
20	Cláudio Zoli
21	Various Artists
22	Led Zeppelin
23	Frank Zappa & Captain Beefheart
24	Marcos Valle
25	Milton Nascimento & Bebeto
26	Azymuth
27	Gilberto Gil
28	João Gilberto
29	Bebel Gilberto
30	Jorge Vercilo
31	Baby Consuelo
32	Ney Matogrosso
33	Luiz Melodia
34	Nando Reis
35	Pedro Luís & A Parede
36	O Rappa
37	Ed Motta
38	Banda Black Rio
39	Fernanda Porto
40	Os Cariocas
41	Elis Regina
42	Milton Nascimento
43	A Cor Do Som
44	Kid Abelha
45	Sandra De Sá
46	Jorge Ben
47	Hermeto Pascoal
48	Barão Vermelho
49	Edson, DJ Marky & DJ Patife Featuring Fernanda Porto
50	Metallica
51	Queen
52	Kiss
53	Spyro Gyra
54	Green Day
55	David Coverdale
56	Gonzaguinha
57	Os Mutantes
58	Deep Purple
59	Santana
60	Santana Feat. Dave Matthews
61	Santana Feat. Everlast
62	Santana Feat. Rob Thomas
63	Santana Feat. Lauryn Hill & Cee-Lo
64	Santana Feat. The Project G&B
65	Santana Feat. Maná
66	Santana Feat. Eagle-Eye Cherry
67	Santana Feat. Eric Clapton
68	Miles Davis
69	Gene Krupa
70	Toquinho & Vinícius
71	Vinícius De Moraes & Baden Powell
72	Vinícius De Moraes
73	Vinícius E Qurteto Em Cy
74	Vinícius E Odette Lara
75	Vinicius, Toquinho & Quarteto Em Cy
76	Creedence Clearwater Revival
77	Cássia Eller
78	Def Leppard
79	Dennis Chambers
80	Djavan
81	Eric Clapton
82	Faith No More
83	Falamansa
84	Foo Fighters
85	Frank Sinatra
86	Funk Como Le Gusta
87	Godsmack
88	Guns N' Roses
89	Incognito
90	Iron Maiden
91	James Brown
92	Jamiroquai
93	JET
94	Jimi Hendrix
95	Joe Satriani
96	Jota Quest
97	João Suplicy
98	Judas Priest
99	Legião Urbana
100	Lenny Kravitz
101	Lulu Santos
102	Marillion
103	Marisa Monte
104	Marvin Gaye
105	Men At Work
106	Motörhead
107	Motörhead & Girlschool
108	Mônica Marianno
109	Mötley Crüe
110	Nirvana
111	O Terço
112	Olodum
113	Os Paralamas Do Sucesso
114	Ozzy Osbourne
115	Page & Plant
116	Passengers
117	Paul D'Ianno
118	Pearl Jam
119	Peter Tosh
120	Pink Floyd
121	Planet Hemp
122	R.E.M. Feat. Kate Pearson
123	R.E.M. Feat. KRS-One
124	R.E.M.
125	Raimundos
126	Raul Seixas
127	Red Hot Chili Peppers
128	Rush
129	Simply Red
130	Skank
131	Smashing Pumpkins
132	Soundgarden
133	Stevie Ray Vaughan & Double Trouble
134	Stone Temple Pilots
135	System Of A Down
136	Terry Bozzio, Tony Levin & Steve Stevens
137	The Black Crowes
138	The Clash
139	The Cult
140	The Doors
141	The Police
142	The Rolling Stones
143	The Tea Party
144	The Who
145	Tim Maia
146	Titãs
147	Battlestar Galactica
148	Heroes
149	Lost
150	U2
151	UB40
152	Van Halen
153	Velvet Revolver
154	Whitesnake
155	Zeca Pagodinho
156	The Office
157	Dread Zeppelin
158	Battlestar Galactica (Classic)
159	Aquaman
160	Christina Aguilera featuring BigElf
161	Aerosmith & Sierra Leone's Refugee Allstars
162	Los Lonely Boys
163	Corinne Bailey Rae
164	Dhani Harrison & Jakob Dylan
165	Jackson Browne
166	Avril Lavigne
167	Big & Rich
168	Youssou N'Dour
169	Black Eyed Peas
170	Jack Johnson
171	Ben Harper
172	Snow Patrol
173	Matisyahu
174	The Postal Service
175	Jaguares
176	The Flaming Lips
177	Jack's Mannequin & Mick Fleetwood
178	Regina Spektor
179	Scorpions
180	House Of Pain
181	Xis
182	Nega Gizza
183	Gustavo & Andres Veiga & Salazar
184	Rodox
185	Charlie Brown Jr.
186	Pedro Luís E A Parede
187	Los Hermanos
188	Mundo Livre S/A
189	Otto
190	Instituto
191	Nação Zumbi
192	DJ Dolores & Orchestra Santa Massa
193	Seu Jorge
194	Sabotage E Instituto
195	Stereo Maracana
196	Cake
197	Aisha Duo
198	Habib Koité and Bamada
199	Karsh Kale
200	The Posies
201	Luciana Souza/Romero Lubambo
202	Aaron Goldberg
203	Nicolaus Esterhazy Sinfonia
204	Temple of the Dog
205	Chris Cornell
206	Alberto Turco & Nova Schola Gregoriana
207	Richard Marlow & The Choir of Trinity College, Cambridge
208	English Concert & Trevor Pinnock
209	Anne-Sophie Mutter, Herbert Von Karajan & Wiener Philharmoniker
210	Hilary Hahn, Jeffrey Kahane, Los Angeles Chamber Orchestra & Margaret Batjer
211	Wilhelm Kempff
212	Yo-Yo Ma
213	Scholars Baroque Ensemble
214	Academy of St. Martin in the Fields & Sir Neville Marriner
215	Academy of St. Martin in the Fields Chamber Ensemble & Sir Neville Marriner
216	Berliner Philharmoniker, Claudio Abbado & Sabine Meyer
217	Royal Philharmonic Orchestra & Sir Thomas Beecham
218	Orchestre Révolutionnaire et Romantique & John Eliot Gardiner
219	Britten Sinfonia, Ivor Bolton & Lesley Garrett
220	Chicago Symphony Chorus, Chicago Symphony Orchestra & Sir Georg Solti
221	Sir Georg Solti & Wiener Philharmoniker
222	Academy of St. Martin in the Fields, John Birch, Sir Neville Marriner & Sylvia McNair
223	London Symphony Orchestra & Sir Charles Mackerras
224	Barry Wordsworth & BBC Concert Orchestra
225	Herbert Von Karajan, Mirella Freni & Wiener Philharmoniker
226	Eugene Ormandy
227	Luciano Pavarotti
228	Leonard Bernstein & New York Philharmonic
229	Boston Symphony Orchestra & Seiji Ozawa
230	Aaron Copland & London Symphony Orchestra
231	Ton Koopman
232	Sergei Prokofiev & Yuri Temirkanov
233	Chicago Symphony Orchestra & Fritz Reiner
234	Orchestra of The Age of Enlightenment
235	Emanuel Ax, Eugene Ormandy & Philadelphia Orchestra
236	James Levine
237	Berliner Philharmoniker & Hans Rosbaud
238	Maurizio Pollini
239	Academy of St. Martin in the Fields, Sir Neville Marriner & William Bennett
240	Gustav Mahler
241	Felix Schmidt, London Symphony Orchestra & Rafael Frühbeck de Burgos
242	Edo de Waart & San Francisco Symphony
243	Antal Doráti & London Symphony Orchestra
244	Choir Of Westminster Abbey & Simon Preston
245	Michael Tilson Thomas & San Francisco Symphony
246	Chor der Wiener Staatsoper, Herbert Von Karajan & Wiener Philharmoniker
247	The King's Singers
248	Berliner Philharmoniker & Herbert Von Karajan
249	Sir Georg Solti, Sumi Jo & Wiener Philharmoniker
250	Christopher O'Riley
251	Fretwork
252	Amy Winehouse
253	Calexico
254	Otto Klemperer & Philharmonia Orchestra
255	Yehudi Menuhin
256	Philharmonia Orchestra & Sir Neville Marriner
257	Academy of St. Martin in the Fields, Sir Neville Marriner & Thurston Dart
258	Les Arts Florissants & William Christie
259	The 12 Cellists of The Berlin Philharmonic
260	Adrian Leaper & Doreen de Feis
261	Roger Norrington, London Classical Players
262	Charles Dutoit & L'Orchestre Symphonique de Montréal
263	Equale Brass Ensemble, John Eliot Gardiner & Munich Monteverdi Orchestra and Choir
264	Kent Nagano and Orchestre de l'Opéra de Lyon
265	Julian Bream
266	Martin Roscoe
267	Göteborgs Symfoniker & Neeme Järvi
268	Itzhak Perlman
269	Michele Campanella
270	Gerald Moore
271	Mela Tenenbaum, Pro Musica Prague & Richard Kapp
272	Emerson String Quartet
273	C. Monteverdi, Nigel Rogers - Chiaroscuro; London Baroque; London Cornett & Sackbu
274	Nash Ensemble
275	Philip Glass Ensemble
\.


--
-- Data for Name: customer; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) FROM stdin;
1	São José dos Campos	+55 (12) 3923-5566	Luís	Gonçalves	Embraer - Empresa Brasileira de Aeronáutica S.A.	+55 (12) 3923-5555	SP	Av. Brigadeiro Faria Lima, 2170	12227-000	3	Brazil	luisg@embraer.com.br
2	Stuttgart	\N	Leonie	Köhler	\N	+49 0711 2842222	\N	Theodor-Heuss-Straße 34	70174	5	Germany	leonekohler@surfeu.de
3	Montréal	\N	François	Tremblay	\N	+1 (514) 721-4711	QC	1498 rue Bélanger	H2G 1A7	3	Canada	ftremblay@gmail.com
4	Oslo	\N	Bjørn	Hansen	\N	+47 22 44 22 22	\N	Ullevålsveien 14	0171	4	Norway	bjorn.hansen@yahoo.no
5	Prague	+420 2 4172 5555	František	Wichterlová	JetBrains s.r.o.	+420 2 4172 5555	\N	Klanova 9/506	14700	4	Czech Republic	frantisekw@jetbrains.com
6	Prague	\N	Helena	Holý	\N	+420 2 4177 0449	\N	Rilská 3174/6	14300	5	Czech Republic	hholy@gmail.com
7	Vienne	\N	Astrid	Gruber	\N	+43 01 5134505	\N	Rotenturmstraße 4, 1010 Innere Stadt	1010	5	Austria	astrid.gruber@apple.at
8	Brussels	\N	Daan	Peeters	\N	+32 02 219 03 03	\N	Grétrystraat 63	1000	4	Belgium	daan_peeters@apple.be
9	Copenhagen	\N	Kara	Nielsen	\N	+453 3331 9991	\N	Sønder Boulevard 51	1720	4	Denmark	kara.nielsen@jubii.dk
10	São Paulo	+55 (11) 3033-4564	Eduardo	Martins	Woodstock Discos	+55 (11) 3033-5446	SP	Rua Dr. Falcão Filho, 155	01007-010	4	Brazil	eduardo@woodstock.com.br
11	São Paulo	+55 (11) 3055-8131	Alexandre	Rocha	Banco do Brasil S.A.	+55 (11) 3055-3278	SP	Av. Paulista, 2022	01310-200	5	Brazil	alero@uol.com.br
12	Rio de Janeiro	+55 (21) 2271-7070	Roberto	Almeida	Riotur	+55 (21) 2271-7000	RJ	Praça Pio X, 119	20040-020	3	Brazil	roberto.almeida@riotur.gov.br
13	Brasília	+55 (61) 3363-7855	Fernanda	Ramos	\N	+55 (61) 3363-5547	DF	Qe 7 Bloco G	71020-677	4	Brazil	fernadaramos4@uol.com.br
14	Edmonton	+1 (780) 434-5565	Mark	Philips	Telus	+1 (780) 434-4554	AB	8210 111 ST NW	T6G 2C7	5	Canada	mphilips12@shaw.ca
15	Vancouver	+1 (604) 688-8756	Jennifer	Peterson	Rogers Canada	+1 (604) 688-2255	BC	700 W Pender Street	V6C 1G8	3	Canada	jenniferp@rogers.ca
16	Mountain View	+1 (650) 253-0000	Frank	Harris	Google Inc.	+1 (650) 253-0000	CA	1600 Amphitheatre Parkway	94043-1351	4	USA	fharris@google.com
17	Redmond	+1 (425) 882-8081	Jack	Smith	Microsoft Corporation	+1 (425) 882-8080	WA	1 Microsoft Way	98052-8300	5	USA	jacksmith@microsoft.com
18	New York	+1 (212) 221-4679	Michelle	Brooks	\N	+1 (212) 221-3546	NY	627 Broadway	10012-2612	3	USA	michelleb@aol.com
19	Cupertino	+1 (408) 996-1011	Tim	Goyer	Apple Inc.	+1 (408) 996-1010	CA	1 Infinite Loop	95014	3	USA	tgoyer@apple.com
20	Mountain View	\N	Dan	Miller	\N	+1 (650) 644-3358	CA	541 Del Medio Avenue	94040-111	4	USA	dmiller@comcast.com
21	Reno	\N	Kathy	Chase	\N	+1 (775) 223-7665	NV	801 W 4th Street	89503	5	USA	kachase@hotmail.com
22	Orlando	\N	Heather	Leacock	\N	+1 (407) 999-7788	FL	120 S Orange Ave	32801	4	USA	hleacock@gmail.com
23	Boston	\N	John	Gordon	\N	+1 (617) 522-1333	MA	69 Salem Street	2113	4	USA	johngordon22@yahoo.com
24	Chicago	\N	Frank	Ralston	\N	+1 (312) 332-3232	IL	162 E Superior Street	60611	3	USA	fralston@gmail.com
25	Madison	\N	Victor	Stevens	\N	+1 (608) 257-0597	WI	319 N. Frances Street	53703	5	USA	vstevens@yahoo.com
26	Fort Worth	\N	Richard	Cunningham	\N	+1 (817) 924-7272	TX	2211 W Berry Street	76110	4	USA	ricunningham@hotmail.com
27	Tucson	\N	Patrick	Gray	\N	+1 (520) 622-4200	AZ	1033 N Park Ave	85719	4	USA	patrick.gray@aol.com
28	Salt Lake City	\N	Julia	Barnett	\N	+1 (801) 531-7272	UT	302 S 700 E	84102	5	USA	jubarnett@gmail.com
29	Toronto	\N	Robert	Brown	\N	+1 (416) 363-8888	ON	796 Dundas Street West	M6J 1V1	3	Canada	robbrown@shaw.ca
30	Ottawa	\N	Edward	Francis	\N	+1 (613) 234-3322	ON	230 Elgin Street	K2P 1L7	3	Canada	edfrancis@yachoo.ca
31	Halifax	\N	Martha	Silk	\N	+1 (902) 450-0450	NS	194A Chain Lake Drive	B3S 1C5	5	Canada	marthasilk@gmail.com
32	Winnipeg	\N	Aaron	Mitchell	\N	+1 (204) 452-6452	MB	696 Osborne Street	R3L 2B9	4	Canada	aaronmitchell@yahoo.ca
33	Yellowknife	\N	Ellie	Sullivan	\N	+1 (867) 920-2233	NT	5112 48 Street	X1A 1N6	3	Canada	ellie.sullivan@shaw.ca
34	Lisbon	\N	João	Fernandes	\N	+351 (213) 466-111	\N	Rua da Assunção 53	\N	4	Portugal	jfernandes@yahoo.pt
35	Porto	\N	Madalena	Sampaio	\N	+351 (225) 022-448	\N	Rua dos Campeões Europeus de Viena, 4350	\N	4	Portugal	masampaio@sapo.pt
36	Berlin	\N	Hannah	Schneider	\N	+49 030 26550280	\N	Tauentzienstraße 8	10789	5	Germany	hannah.schneider@yahoo.de
37	Frankfurt	\N	Fynn	Zimmermann	\N	+49 069 40598889	\N	Berger Straße 10	60316	3	Germany	fzimmermann@yahoo.de
38	Berlin	\N	Niklas	Schröder	\N	+49 030 2141444	\N	Barbarossastraße 19	10779	3	Germany	nschroder@surfeu.de
39	Paris	\N	Camille	Bernard	\N	+33 01 49 70 65 65	\N	4, Rue Milton	75009	4	France	camille.bernard@yahoo.fr
40	Paris	\N	Dominique	Lefebvre	\N	+33 01 47 42 71 71	\N	8, Rue Hanovre	75002	4	France	dominiquelefebvre@gmail.com
41	Lyon	\N	Marc	Dubois	\N	+33 04 78 30 30 30	\N	11, Place Bellecour	69002	5	France	marc.dubois@hotmail.com
42	Bordeaux	\N	Wyatt	Girard	\N	+33 05 56 96 96 96	\N	9, Place Louis Barthou	33000	3	France	wyatt.girard@yahoo.fr
43	Dijon	\N	Isabelle	Mercier	\N	+33 03 80 73 66 99	\N	68, Rue Jouvence	21000	3	France	isabelle_mercier@apple.fr
44	Helsinki	\N	Terhi	Hämäläinen	\N	+358 09 870 2000	\N	Porthaninkatu 9	00530	3	Finland	terhi.hamalainen@apple.fi
45	Budapest	\N	Ladislav	Kovács	\N	\N	\N	Erzsébet krt. 58.	H-1073	3	Hungary	ladislav_kovacs@apple.hu
46	Dublin	\N	Hugh	O'Reilly	\N	+353 01 6792424	Dublin	3 Chatham Street	\N	3	Ireland	hughoreilly@apple.ie
47	Rome	\N	Lucas	Mancini	\N	+39 06 39733434	RM	Via Degli Scipioni, 43	00192	5	Italy	lucas.mancini@yahoo.it
48	Amsterdam	\N	Johannes	Van der Berg	\N	+31 020 6223130	VV	Lijnbaansgracht 120bg	1016	5	Netherlands	johavanderberg@yahoo.nl
49	Warsaw	\N	Stanisław	Wójcik	\N	+48 22 828 37 39	\N	Ordynacka 10	00-358	4	Poland	stanisław.wójcik@wp.pl
50	Madrid	\N	Enrique	Muñoz	\N	+34 914 454 454	\N	C/ San Bernardo 85	28015	5	Spain	enrique_munoz@yahoo.es
51	Stockholm	\N	Joakim	Johansson	\N	+46 08-651 52 52	\N	Celsiusg. 9	11230	5	Sweden	joakim.johansson@yahoo.se
52	London	\N	Emma	Jones	\N	+44 020 7707 0707	\N	202 Hoxton Street	N1 5LH	3	United Kingdom	emma_jones@hotmail.com
53	London	\N	Phil	Hughes	\N	+44 020 7976 5722	\N	113 Lupus St	SW1V 3EN	3	United Kingdom	phil.hughes@gmail.com
54	Edinburgh 	\N	Steve	Murray	\N	+44 0131 315 3300	\N	110 Raeburn Pl	EH4 1HH	5	United Kingdom	steve.murray@yahoo.uk
55	Sidney	\N	Mark	Taylor	\N	+61 (02) 9332 3633	NSW	421 Bourke Street	2010	4	Australia	mark.taylor@yahoo.au
56	Buenos Aires	\N	Diego	Gutiérrez	\N	+54 (0)11 4311 4333	\N	307 Macacha Güemes	1106	4	Argentina	diego.gutierrez@yahoo.ar
57	Santiago	\N	Luis	Rojas	\N	+56 (0)2 635 4444	\N	Calle Lira, 198	\N	5	Chile	luisrojas@yahoo.cl
58	Delhi	\N	Manoj	Pareek	\N	+91 0124 39883988	\N	12,Community Centre	110017	3	India	manoj.pareek@rediff.com
59	Bangalore	\N	Puja	Srivastava	\N	+91 080 22289999	\N	3,Raj Bhavan Road	560001	3	India	puja_srivastava@yahoo.in
\.


--
-- Data for Name: employee; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) FROM stdin;
1	Edmonton	+1 (780) 428-3457	Andrew	General Manager	Adams	\N	1962-02-18 00:00:00	+1 (780) 428-9482	AB	11120 Jasper Ave NW	T5K 2N1	2002-08-14 00:00:00	Canada	andrew@chinookcorp.com
2	Calgary	+1 (403) 262-3322	Nancy	Sales Manager	Edwards	1	1958-12-08 00:00:00	+1 (403) 262-3443	AB	825 8 Ave SW	T2P 2T3	2002-05-01 00:00:00	Canada	nancy@chinookcorp.com
3	Calgary	+1 (403) 262-6712	Jane	Sales Support Agent	Peacock	2	1973-08-29 00:00:00	+1 (403) 262-3443	AB	1111 6 Ave SW	T2P 5M5	2002-04-01 00:00:00	Canada	jane@chinookcorp.com
4	Calgary	+1 (403) 263-4289	Margaret	Sales Support Agent	Park	2	1947-09-19 00:00:00	+1 (403) 263-4423	AB	683 10 Street SW	T2P 5G3	2003-05-03 00:00:00	Canada	margaret@chinookcorp.com
5	Calgary	1 (780) 836-9543	Steve	Sales Support Agent	Johnson	2	1965-03-03 00:00:00	1 (780) 836-9987	AB	7727B 41 Ave	T3B 1Y7	2003-10-17 00:00:00	Canada	steve@chinookcorp.com
6	Calgary	+1 (403) 246-9899	Michael	IT Manager	Mitchell	1	1973-07-01 00:00:00	+1 (403) 246-9887	AB	5827 Bowness Road NW	T3B 0C5	2003-10-17 00:00:00	Canada	michael@chinookcorp.com
7	Lethbridge	+1 (403) 456-8485	Robert	IT Staff	King	6	1970-05-29 00:00:00	+1 (403) 456-9986	AB	590 Columbia Boulevard West	T1K 5N8	2004-01-02 00:00:00	Canada	robert@chinookcorp.com
8	Lethbridge	+1 (403) 467-8772	Laura	IT Staff	Callahan	6	1968-01-09 00:00:00	+1 (403) 467-3351	AB	923 7 ST NW	T1H 1Y8	2004-03-04 00:00:00	Canada	laura@chinookcorp.com
\.


--
-- Data for Name: genre; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.genre (id, name) FROM stdin;
1	Rock
2	Jazz
3	Metal
4	Alternative & Punk
5	Rock And Roll
6	Blues
7	Latin
8	Reggae
9	Pop
10	Soundtrack
11	Bossa Nova
12	Easy Listening
13	Heavy Metal
14	R&B/Soul
15	Electronica/Dance
16	World
17	Hip Hop/Rap
18	Science Fiction
19	TV Shows
20	Sci Fi & Fantasy
21	Drama
22	Comedy
23	Alternative
24	Classical
25	Opera
\.


--
-- Data for Name: invoice; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) FROM stdin;
1	2	70174	2007-01-01 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	1.98	Stuttgart
2	4	0171	2007-01-02 00:00:00	\N	Ullevålsveien 14	Norway	3.96	Oslo
3	8	1000	2007-01-03 00:00:00	\N	Grétrystraat 63	Belgium	5.94	Brussels
4	14	T6G 2C7	2007-01-06 00:00:00	AB	8210 111 ST NW	Canada	8.91	Edmonton
5	23	2113	2007-01-11 00:00:00	MA	69 Salem Street	USA	13.86	Boston
6	37	60316	2007-01-19 00:00:00	\N	Berger Straße 10	Germany	0.99	Frankfurt
7	38	10779	2007-02-01 00:00:00	\N	Barbarossastraße 19	Germany	1.98	Berlin
8	40	75002	2007-02-01 00:00:00	\N	8, Rue Hanovre	France	1.98	Paris
9	42	33000	2007-02-02 00:00:00	\N	9, Place Louis Barthou	France	3.96	Bordeaux
10	46	\N	2007-02-03 00:00:00	Dublin	3 Chatham Street	Ireland	5.94	Dublin
11	52	N1 5LH	2007-02-06 00:00:00	\N	202 Hoxton Street	United Kingdom	8.91	London
12	2	70174	2007-02-11 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	13.86	Stuttgart
13	16	94043-1351	2007-02-19 00:00:00	CA	1600 Amphitheatre Parkway	USA	0.99	Mountain View
14	17	98052-8300	2007-03-04 00:00:00	WA	1 Microsoft Way	USA	1.98	Redmond
15	19	95014	2007-03-04 00:00:00	CA	1 Infinite Loop	USA	1.98	Cupertino
16	21	89503	2007-03-05 00:00:00	NV	801 W 4th Street	USA	3.96	Reno
17	25	53703	2007-03-06 00:00:00	WI	319 N. Frances Street	USA	5.94	Madison
18	31	B3S 1C5	2007-03-09 00:00:00	NS	194A Chain Lake Drive	Canada	8.91	Halifax
19	40	75002	2007-03-14 00:00:00	\N	8, Rue Hanovre	France	13.86	Paris
20	54	EH4 1HH	2007-03-22 00:00:00	\N	110 Raeburn Pl	United Kingdom	0.99	Edinburgh 
21	55	2010	2007-04-04 00:00:00	NSW	421 Bourke Street	Australia	1.98	Sidney
22	57	\N	2007-04-04 00:00:00	\N	Calle Lira, 198	Chile	1.98	Santiago
23	59	560001	2007-04-05 00:00:00	\N	3,Raj Bhavan Road	India	3.96	Bangalore
24	4	0171	2007-04-06 00:00:00	\N	Ullevålsveien 14	Norway	5.94	Oslo
25	10	01007-010	2007-04-09 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	8.91	São Paulo
26	19	95014	2007-04-14 00:00:00	CA	1 Infinite Loop	USA	13.86	Cupertino
27	33	X1A 1N6	2007-04-22 00:00:00	NT	5112 48 Street	Canada	0.99	Yellowknife
28	34	\N	2007-05-05 00:00:00	\N	Rua da Assunção 53	Portugal	1.98	Lisbon
29	36	10789	2007-05-05 00:00:00	\N	Tauentzienstraße 8	Germany	1.98	Berlin
30	38	10779	2007-05-06 00:00:00	\N	Barbarossastraße 19	Germany	3.96	Berlin
31	42	33000	2007-05-07 00:00:00	\N	9, Place Louis Barthou	France	5.94	Bordeaux
32	48	1016	2007-05-10 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	8.91	Amsterdam
33	57	\N	2007-05-15 00:00:00	\N	Calle Lira, 198	Chile	13.86	Santiago
34	12	20040-020	2007-05-23 00:00:00	RJ	Praça Pio X, 119	Brazil	0.99	Rio de Janeiro
35	13	71020-677	2007-06-05 00:00:00	DF	Qe 7 Bloco G	Brazil	1.98	Brasília
36	15	V6C 1G8	2007-06-05 00:00:00	BC	700 W Pender Street	Canada	1.98	Vancouver
37	17	98052-8300	2007-06-06 00:00:00	WA	1 Microsoft Way	USA	3.96	Redmond
38	21	89503	2007-06-07 00:00:00	NV	801 W 4th Street	USA	5.94	Reno
39	27	85719	2007-06-10 00:00:00	AZ	1033 N Park Ave	USA	8.91	Tucson
40	36	10789	2007-06-15 00:00:00	\N	Tauentzienstraße 8	Germany	13.86	Berlin
41	50	28015	2007-06-23 00:00:00	\N	C/ San Bernardo 85	Spain	0.99	Madrid
42	51	11230	2007-07-06 00:00:00	\N	Celsiusg. 9	Sweden	1.98	Stockholm
43	53	SW1V 3EN	2007-07-06 00:00:00	\N	113 Lupus St	United Kingdom	1.98	London
44	55	2010	2007-07-07 00:00:00	NSW	421 Bourke Street	Australia	3.96	Sidney
45	59	560001	2007-07-08 00:00:00	\N	3,Raj Bhavan Road	India	5.94	Bangalore
46	6	14300	2007-07-11 00:00:00	\N	Rilská 3174/6	Czech Republic	8.91	Prague
47	15	V6C 1G8	2007-07-16 00:00:00	BC	700 W Pender Street	Canada	13.86	Vancouver
48	29	M6J 1V1	2007-07-24 00:00:00	ON	796 Dundas Street West	Canada	0.99	Toronto
49	30	K2P 1L7	2007-08-06 00:00:00	ON	230 Elgin Street	Canada	1.98	Ottawa
50	32	R3L 2B9	2007-08-06 00:00:00	MB	696 Osborne Street	Canada	1.98	Winnipeg
51	34	\N	2007-08-07 00:00:00	\N	Rua da Assunção 53	Portugal	3.96	Lisbon
52	38	10779	2007-08-08 00:00:00	\N	Barbarossastraße 19	Germany	5.94	Berlin
53	44	00530	2007-08-11 00:00:00	\N	Porthaninkatu 9	Finland	8.91	Helsinki
54	53	SW1V 3EN	2007-08-16 00:00:00	\N	113 Lupus St	United Kingdom	13.86	London
55	8	1000	2007-08-24 00:00:00	\N	Grétrystraat 63	Belgium	0.99	Brussels
56	9	1720	2007-09-06 00:00:00	\N	Sønder Boulevard 51	Denmark	1.98	Copenhagen
57	11	01310-200	2007-09-06 00:00:00	SP	Av. Paulista, 2022	Brazil	1.98	São Paulo
58	13	71020-677	2007-09-07 00:00:00	DF	Qe 7 Bloco G	Brazil	3.96	Brasília
59	17	98052-8300	2007-09-08 00:00:00	WA	1 Microsoft Way	USA	5.94	Redmond
60	23	2113	2007-09-11 00:00:00	MA	69 Salem Street	USA	8.91	Boston
61	32	R3L 2B9	2007-09-16 00:00:00	MB	696 Osborne Street	Canada	13.86	Winnipeg
62	46	\N	2007-09-24 00:00:00	Dublin	3 Chatham Street	Ireland	0.99	Dublin
63	47	00192	2007-10-07 00:00:00	RM	Via Degli Scipioni, 43	Italy	1.98	Rome
64	49	00-358	2007-10-07 00:00:00	\N	Ordynacka 10	Poland	1.98	Warsaw
65	51	11230	2007-10-08 00:00:00	\N	Celsiusg. 9	Sweden	3.96	Stockholm
66	55	2010	2007-10-09 00:00:00	NSW	421 Bourke Street	Australia	5.94	Sidney
67	2	70174	2007-10-12 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	8.91	Stuttgart
68	11	01310-200	2007-10-17 00:00:00	SP	Av. Paulista, 2022	Brazil	13.86	São Paulo
69	25	53703	2007-10-25 00:00:00	WI	319 N. Frances Street	USA	0.99	Madison
70	26	76110	2007-11-07 00:00:00	TX	2211 W Berry Street	USA	1.98	Fort Worth
71	28	84102	2007-11-07 00:00:00	UT	302 S 700 E	USA	1.98	Salt Lake City
72	30	K2P 1L7	2007-11-08 00:00:00	ON	230 Elgin Street	Canada	3.96	Ottawa
73	34	\N	2007-11-09 00:00:00	\N	Rua da Assunção 53	Portugal	5.94	Lisbon
74	40	75002	2007-11-12 00:00:00	\N	8, Rue Hanovre	France	8.91	Paris
75	49	00-358	2007-11-17 00:00:00	\N	Ordynacka 10	Poland	13.86	Warsaw
76	4	0171	2007-11-25 00:00:00	\N	Ullevålsveien 14	Norway	0.99	Oslo
77	5	14700	2007-12-08 00:00:00	\N	Klanova 9/506	Czech Republic	1.98	Prague
78	7	1010	2007-12-08 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	1.98	Vienne
79	9	1720	2007-12-09 00:00:00	\N	Sønder Boulevard 51	Denmark	3.96	Copenhagen
80	13	71020-677	2007-12-10 00:00:00	DF	Qe 7 Bloco G	Brazil	5.94	Brasília
81	19	95014	2007-12-13 00:00:00	CA	1 Infinite Loop	USA	8.91	Cupertino
82	28	84102	2007-12-18 00:00:00	UT	302 S 700 E	USA	13.86	Salt Lake City
83	42	33000	2007-12-26 00:00:00	\N	9, Place Louis Barthou	France	0.99	Bordeaux
84	43	21000	2008-01-08 00:00:00	\N	68, Rue Jouvence	France	1.98	Dijon
85	45	H-1073	2008-01-08 00:00:00	\N	Erzsébet krt. 58.	Hungary	1.98	Budapest
86	47	00192	2008-01-09 00:00:00	RM	Via Degli Scipioni, 43	Italy	3.96	Rome
87	51	11230	2008-01-10 00:00:00	\N	Celsiusg. 9	Sweden	6.94	Stockholm
88	57	\N	2008-01-13 00:00:00	\N	Calle Lira, 198	Chile	17.91	Santiago
89	7	1010	2008-01-18 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	18.86	Vienne
90	21	89503	2008-01-26 00:00:00	NV	801 W 4th Street	USA	0.99	Reno
91	22	32801	2008-02-08 00:00:00	FL	120 S Orange Ave	USA	1.98	Orlando
92	24	60611	2008-02-08 00:00:00	IL	162 E Superior Street	USA	1.98	Chicago
93	26	76110	2008-02-09 00:00:00	TX	2211 W Berry Street	USA	3.96	Fort Worth
94	30	K2P 1L7	2008-02-10 00:00:00	ON	230 Elgin Street	Canada	5.94	Ottawa
95	36	10789	2008-02-13 00:00:00	\N	Tauentzienstraße 8	Germany	8.91	Berlin
96	45	H-1073	2008-02-18 00:00:00	\N	Erzsébet krt. 58.	Hungary	21.86	Budapest
97	59	560001	2008-02-26 00:00:00	\N	3,Raj Bhavan Road	India	1.99	Bangalore
98	1	12227-000	2008-03-10 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	3.98	São José dos Campos
99	3	H2G 1A7	2008-03-10 00:00:00	QC	1498 rue Bélanger	Canada	3.98	Montréal
100	5	14700	2008-03-11 00:00:00	\N	Klanova 9/506	Czech Republic	3.96	Prague
101	9	1720	2008-03-12 00:00:00	\N	Sønder Boulevard 51	Denmark	5.94	Copenhagen
102	15	V6C 1G8	2008-03-15 00:00:00	BC	700 W Pender Street	Canada	9.91	Vancouver
103	24	60611	2008-03-20 00:00:00	IL	162 E Superior Street	USA	15.86	Chicago
104	38	10779	2008-03-28 00:00:00	\N	Barbarossastraße 19	Germany	0.99	Berlin
105	39	75009	2008-04-10 00:00:00	\N	4, Rue Milton	France	1.98	Paris
106	41	69002	2008-04-10 00:00:00	\N	11, Place Bellecour	France	1.98	Lyon
107	43	21000	2008-04-11 00:00:00	\N	68, Rue Jouvence	France	3.96	Dijon
108	47	00192	2008-04-12 00:00:00	RM	Via Degli Scipioni, 43	Italy	5.94	Rome
109	53	SW1V 3EN	2008-04-15 00:00:00	\N	113 Lupus St	United Kingdom	8.91	London
110	3	H2G 1A7	2008-04-20 00:00:00	QC	1498 rue Bélanger	Canada	13.86	Montréal
111	17	98052-8300	2008-04-28 00:00:00	WA	1 Microsoft Way	USA	0.99	Redmond
112	18	10012-2612	2008-05-11 00:00:00	NY	627 Broadway	USA	1.98	New York
113	20	94040-111	2008-05-11 00:00:00	CA	541 Del Medio Avenue	USA	1.98	Mountain View
114	22	32801	2008-05-12 00:00:00	FL	120 S Orange Ave	USA	3.96	Orlando
115	26	76110	2008-05-13 00:00:00	TX	2211 W Berry Street	USA	5.94	Fort Worth
116	32	R3L 2B9	2008-05-16 00:00:00	MB	696 Osborne Street	Canada	8.91	Winnipeg
117	41	69002	2008-05-21 00:00:00	\N	11, Place Bellecour	France	13.86	Lyon
118	55	2010	2008-05-29 00:00:00	NSW	421 Bourke Street	Australia	0.99	Sidney
119	56	1106	2008-06-11 00:00:00	\N	307 Macacha Güemes	Argentina	1.98	Buenos Aires
120	58	110017	2008-06-11 00:00:00	\N	12,Community Centre	India	1.98	Delhi
121	1	12227-000	2008-06-12 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	3.96	São José dos Campos
122	5	14700	2008-06-13 00:00:00	\N	Klanova 9/506	Czech Republic	5.94	Prague
123	11	01310-200	2008-06-16 00:00:00	SP	Av. Paulista, 2022	Brazil	8.91	São Paulo
124	20	94040-111	2008-06-21 00:00:00	CA	541 Del Medio Avenue	USA	13.86	Mountain View
125	34	\N	2008-06-29 00:00:00	\N	Rua da Assunção 53	Portugal	0.99	Lisbon
126	35	\N	2008-07-12 00:00:00	\N	Rua dos Campeões Europeus de Viena, 4350	Portugal	1.98	Porto
127	37	60316	2008-07-12 00:00:00	\N	Berger Straße 10	Germany	1.98	Frankfurt
128	39	75009	2008-07-13 00:00:00	\N	4, Rue Milton	France	3.96	Paris
129	43	21000	2008-07-14 00:00:00	\N	68, Rue Jouvence	France	5.94	Dijon
130	49	00-358	2008-07-17 00:00:00	\N	Ordynacka 10	Poland	8.91	Warsaw
131	58	110017	2008-07-22 00:00:00	\N	12,Community Centre	India	13.86	Delhi
132	13	71020-677	2008-07-30 00:00:00	DF	Qe 7 Bloco G	Brazil	0.99	Brasília
133	14	T6G 2C7	2008-08-12 00:00:00	AB	8210 111 ST NW	Canada	1.98	Edmonton
134	16	94043-1351	2008-08-12 00:00:00	CA	1600 Amphitheatre Parkway	USA	1.98	Mountain View
135	18	10012-2612	2008-08-13 00:00:00	NY	627 Broadway	USA	3.96	New York
136	22	32801	2008-08-14 00:00:00	FL	120 S Orange Ave	USA	5.94	Orlando
137	28	84102	2008-08-17 00:00:00	UT	302 S 700 E	USA	8.91	Salt Lake City
138	37	60316	2008-08-22 00:00:00	\N	Berger Straße 10	Germany	13.86	Frankfurt
139	51	11230	2008-08-30 00:00:00	\N	Celsiusg. 9	Sweden	0.99	Stockholm
140	52	N1 5LH	2008-09-12 00:00:00	\N	202 Hoxton Street	United Kingdom	1.98	London
141	54	EH4 1HH	2008-09-12 00:00:00	\N	110 Raeburn Pl	United Kingdom	1.98	Edinburgh 
142	56	1106	2008-09-13 00:00:00	\N	307 Macacha Güemes	Argentina	3.96	Buenos Aires
143	1	12227-000	2008-09-14 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	5.94	São José dos Campos
144	7	1010	2008-09-17 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	8.91	Vienne
145	16	94043-1351	2008-09-22 00:00:00	CA	1600 Amphitheatre Parkway	USA	13.86	Mountain View
146	30	K2P 1L7	2008-09-30 00:00:00	ON	230 Elgin Street	Canada	0.99	Ottawa
147	31	B3S 1C5	2008-10-13 00:00:00	NS	194A Chain Lake Drive	Canada	1.98	Halifax
148	33	X1A 1N6	2008-10-13 00:00:00	NT	5112 48 Street	Canada	1.98	Yellowknife
149	35	\N	2008-10-14 00:00:00	\N	Rua dos Campeões Europeus de Viena, 4350	Portugal	3.96	Porto
150	39	75009	2008-10-15 00:00:00	\N	4, Rue Milton	France	5.94	Paris
151	45	H-1073	2008-10-18 00:00:00	\N	Erzsébet krt. 58.	Hungary	8.91	Budapest
152	54	EH4 1HH	2008-10-23 00:00:00	\N	110 Raeburn Pl	United Kingdom	13.86	Edinburgh 
153	9	1720	2008-10-31 00:00:00	\N	Sønder Boulevard 51	Denmark	0.99	Copenhagen
154	10	01007-010	2008-11-13 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	1.98	São Paulo
155	12	20040-020	2008-11-13 00:00:00	RJ	Praça Pio X, 119	Brazil	1.98	Rio de Janeiro
156	14	T6G 2C7	2008-11-14 00:00:00	AB	8210 111 ST NW	Canada	3.96	Edmonton
157	18	10012-2612	2008-11-15 00:00:00	NY	627 Broadway	USA	5.94	New York
158	24	60611	2008-11-18 00:00:00	IL	162 E Superior Street	USA	8.91	Chicago
159	33	X1A 1N6	2008-11-23 00:00:00	NT	5112 48 Street	Canada	13.86	Yellowknife
160	47	00192	2008-12-01 00:00:00	RM	Via Degli Scipioni, 43	Italy	0.99	Rome
161	48	1016	2008-12-14 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	1.98	Amsterdam
162	50	28015	2008-12-14 00:00:00	\N	C/ San Bernardo 85	Spain	1.98	Madrid
163	52	N1 5LH	2008-12-15 00:00:00	\N	202 Hoxton Street	United Kingdom	3.96	London
164	56	1106	2008-12-16 00:00:00	\N	307 Macacha Güemes	Argentina	5.94	Buenos Aires
165	3	H2G 1A7	2008-12-19 00:00:00	QC	1498 rue Bélanger	Canada	8.91	Montréal
166	12	20040-020	2008-12-24 00:00:00	RJ	Praça Pio X, 119	Brazil	13.86	Rio de Janeiro
167	26	76110	2009-01-01 00:00:00	TX	2211 W Berry Street	USA	0.99	Fort Worth
168	27	85719	2009-01-14 00:00:00	AZ	1033 N Park Ave	USA	1.98	Tucson
169	29	M6J 1V1	2009-01-14 00:00:00	ON	796 Dundas Street West	Canada	1.98	Toronto
170	31	B3S 1C5	2009-01-15 00:00:00	NS	194A Chain Lake Drive	Canada	3.96	Halifax
171	35	\N	2009-01-16 00:00:00	\N	Rua dos Campeões Europeus de Viena, 4350	Portugal	5.94	Porto
172	41	69002	2009-01-19 00:00:00	\N	11, Place Bellecour	France	8.91	Lyon
173	50	28015	2009-01-24 00:00:00	\N	C/ San Bernardo 85	Spain	13.86	Madrid
174	5	14700	2009-02-01 00:00:00	\N	Klanova 9/506	Czech Republic	0.99	Prague
175	6	14300	2009-02-14 00:00:00	\N	Rilská 3174/6	Czech Republic	1.98	Prague
176	8	1000	2009-02-14 00:00:00	\N	Grétrystraat 63	Belgium	1.98	Brussels
177	10	01007-010	2009-02-15 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	3.96	São Paulo
178	14	T6G 2C7	2009-02-16 00:00:00	AB	8210 111 ST NW	Canada	5.94	Edmonton
179	20	94040-111	2009-02-19 00:00:00	CA	541 Del Medio Avenue	USA	8.91	Mountain View
180	29	M6J 1V1	2009-02-24 00:00:00	ON	796 Dundas Street West	Canada	13.86	Toronto
181	43	21000	2009-03-04 00:00:00	\N	68, Rue Jouvence	France	0.99	Dijon
182	44	00530	2009-03-17 00:00:00	\N	Porthaninkatu 9	Finland	1.98	Helsinki
183	46	\N	2009-03-17 00:00:00	Dublin	3 Chatham Street	Ireland	1.98	Dublin
184	48	1016	2009-03-18 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	3.96	Amsterdam
185	52	N1 5LH	2009-03-19 00:00:00	\N	202 Hoxton Street	United Kingdom	5.94	London
186	58	110017	2009-03-22 00:00:00	\N	12,Community Centre	India	8.91	Delhi
187	8	1000	2009-03-27 00:00:00	\N	Grétrystraat 63	Belgium	13.86	Brussels
188	22	32801	2009-04-04 00:00:00	FL	120 S Orange Ave	USA	0.99	Orlando
189	23	2113	2009-04-17 00:00:00	MA	69 Salem Street	USA	1.98	Boston
190	25	53703	2009-04-17 00:00:00	WI	319 N. Frances Street	USA	1.98	Madison
191	27	85719	2009-04-18 00:00:00	AZ	1033 N Park Ave	USA	3.96	Tucson
192	31	B3S 1C5	2009-04-19 00:00:00	NS	194A Chain Lake Drive	Canada	5.94	Halifax
193	37	60316	2009-04-22 00:00:00	\N	Berger Straße 10	Germany	14.91	Frankfurt
194	46	\N	2009-04-27 00:00:00	Dublin	3 Chatham Street	Ireland	21.86	Dublin
195	1	12227-000	2009-05-05 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	0.99	São José dos Campos
196	2	70174	2009-05-18 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	1.98	Stuttgart
197	4	0171	2009-05-18 00:00:00	\N	Ullevålsveien 14	Norway	1.98	Oslo
198	6	14300	2009-05-19 00:00:00	\N	Rilská 3174/6	Czech Republic	3.96	Prague
199	10	01007-010	2009-05-20 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	5.94	São Paulo
200	16	94043-1351	2009-05-23 00:00:00	CA	1600 Amphitheatre Parkway	USA	8.91	Mountain View
201	25	53703	2009-05-28 00:00:00	WI	319 N. Frances Street	USA	18.86	Madison
202	39	75009	2009-06-05 00:00:00	\N	4, Rue Milton	France	1.99	Paris
203	40	75002	2009-06-18 00:00:00	\N	8, Rue Hanovre	France	2.98	Paris
204	42	33000	2009-06-18 00:00:00	\N	9, Place Louis Barthou	France	3.98	Bordeaux
205	44	00530	2009-06-19 00:00:00	\N	Porthaninkatu 9	Finland	7.96	Helsinki
206	48	1016	2009-06-20 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	8.94	Amsterdam
207	54	EH4 1HH	2009-06-23 00:00:00	\N	110 Raeburn Pl	United Kingdom	8.91	Edinburgh 
208	4	0171	2009-06-28 00:00:00	\N	Ullevålsveien 14	Norway	15.86	Oslo
209	18	10012-2612	2009-07-06 00:00:00	NY	627 Broadway	USA	0.99	New York
210	19	95014	2009-07-19 00:00:00	CA	1 Infinite Loop	USA	1.98	Cupertino
211	21	89503	2009-07-19 00:00:00	NV	801 W 4th Street	USA	1.98	Reno
212	23	2113	2009-07-20 00:00:00	MA	69 Salem Street	USA	3.96	Boston
213	27	85719	2009-07-21 00:00:00	AZ	1033 N Park Ave	USA	5.94	Tucson
214	33	X1A 1N6	2009-07-24 00:00:00	NT	5112 48 Street	Canada	8.91	Yellowknife
215	42	33000	2009-07-29 00:00:00	\N	9, Place Louis Barthou	France	13.86	Bordeaux
216	56	1106	2009-08-06 00:00:00	\N	307 Macacha Güemes	Argentina	0.99	Buenos Aires
217	57	\N	2009-08-19 00:00:00	\N	Calle Lira, 198	Chile	1.98	Santiago
218	59	560001	2009-08-19 00:00:00	\N	3,Raj Bhavan Road	India	1.98	Bangalore
219	2	70174	2009-08-20 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	3.96	Stuttgart
220	6	14300	2009-08-21 00:00:00	\N	Rilská 3174/6	Czech Republic	5.94	Prague
221	12	20040-020	2009-08-24 00:00:00	RJ	Praça Pio X, 119	Brazil	8.91	Rio de Janeiro
222	21	89503	2009-08-29 00:00:00	NV	801 W 4th Street	USA	13.86	Reno
223	35	\N	2009-09-06 00:00:00	\N	Rua dos Campeões Europeus de Viena, 4350	Portugal	0.99	Porto
224	36	10789	2009-09-19 00:00:00	\N	Tauentzienstraße 8	Germany	1.98	Berlin
225	38	10779	2009-09-19 00:00:00	\N	Barbarossastraße 19	Germany	1.98	Berlin
226	40	75002	2009-09-20 00:00:00	\N	8, Rue Hanovre	France	3.96	Paris
227	44	00530	2009-09-21 00:00:00	\N	Porthaninkatu 9	Finland	5.94	Helsinki
228	50	28015	2009-09-24 00:00:00	\N	C/ San Bernardo 85	Spain	8.91	Madrid
229	59	560001	2009-09-29 00:00:00	\N	3,Raj Bhavan Road	India	13.86	Bangalore
230	14	T6G 2C7	2009-10-07 00:00:00	AB	8210 111 ST NW	Canada	0.99	Edmonton
231	15	V6C 1G8	2009-10-20 00:00:00	BC	700 W Pender Street	Canada	1.98	Vancouver
232	17	98052-8300	2009-10-20 00:00:00	WA	1 Microsoft Way	USA	1.98	Redmond
233	19	95014	2009-10-21 00:00:00	CA	1 Infinite Loop	USA	3.96	Cupertino
234	23	2113	2009-10-22 00:00:00	MA	69 Salem Street	USA	5.94	Boston
235	29	M6J 1V1	2009-10-25 00:00:00	ON	796 Dundas Street West	Canada	8.91	Toronto
236	38	10779	2009-10-30 00:00:00	\N	Barbarossastraße 19	Germany	13.86	Berlin
237	52	N1 5LH	2009-11-07 00:00:00	\N	202 Hoxton Street	United Kingdom	0.99	London
238	53	SW1V 3EN	2009-11-20 00:00:00	\N	113 Lupus St	United Kingdom	1.98	London
239	55	2010	2009-11-20 00:00:00	NSW	421 Bourke Street	Australia	1.98	Sidney
240	57	\N	2009-11-21 00:00:00	\N	Calle Lira, 198	Chile	3.96	Santiago
241	2	70174	2009-11-22 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	5.94	Stuttgart
242	8	1000	2009-11-25 00:00:00	\N	Grétrystraat 63	Belgium	8.91	Brussels
243	17	98052-8300	2009-11-30 00:00:00	WA	1 Microsoft Way	USA	13.86	Redmond
244	31	B3S 1C5	2009-12-08 00:00:00	NS	194A Chain Lake Drive	Canada	0.99	Halifax
245	32	R3L 2B9	2009-12-21 00:00:00	MB	696 Osborne Street	Canada	1.98	Winnipeg
246	34	\N	2009-12-21 00:00:00	\N	Rua da Assunção 53	Portugal	1.98	Lisbon
247	36	10789	2009-12-22 00:00:00	\N	Tauentzienstraße 8	Germany	3.96	Berlin
248	40	75002	2009-12-23 00:00:00	\N	8, Rue Hanovre	France	5.94	Paris
249	46	\N	2009-12-26 00:00:00	Dublin	3 Chatham Street	Ireland	8.91	Dublin
250	55	2010	2009-12-31 00:00:00	NSW	421 Bourke Street	Australia	13.86	Sidney
251	10	01007-010	2010-01-08 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	0.99	São Paulo
252	11	01310-200	2010-01-21 00:00:00	SP	Av. Paulista, 2022	Brazil	1.98	São Paulo
253	13	71020-677	2010-01-21 00:00:00	DF	Qe 7 Bloco G	Brazil	1.98	Brasília
254	15	V6C 1G8	2010-01-22 00:00:00	BC	700 W Pender Street	Canada	3.96	Vancouver
255	19	95014	2010-01-23 00:00:00	CA	1 Infinite Loop	USA	5.94	Cupertino
256	25	53703	2010-01-26 00:00:00	WI	319 N. Frances Street	USA	8.91	Madison
257	34	\N	2010-01-31 00:00:00	\N	Rua da Assunção 53	Portugal	13.86	Lisbon
258	48	1016	2010-02-08 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	0.99	Amsterdam
259	49	00-358	2010-02-21 00:00:00	\N	Ordynacka 10	Poland	1.98	Warsaw
260	51	11230	2010-02-21 00:00:00	\N	Celsiusg. 9	Sweden	1.98	Stockholm
261	53	SW1V 3EN	2010-02-22 00:00:00	\N	113 Lupus St	United Kingdom	3.96	London
262	57	\N	2010-02-23 00:00:00	\N	Calle Lira, 198	Chile	5.94	Santiago
263	4	0171	2010-02-26 00:00:00	\N	Ullevålsveien 14	Norway	8.91	Oslo
264	13	71020-677	2010-03-03 00:00:00	DF	Qe 7 Bloco G	Brazil	13.86	Brasília
265	27	85719	2010-03-11 00:00:00	AZ	1033 N Park Ave	USA	0.99	Tucson
266	28	84102	2010-03-24 00:00:00	UT	302 S 700 E	USA	1.98	Salt Lake City
267	30	K2P 1L7	2010-03-24 00:00:00	ON	230 Elgin Street	Canada	1.98	Ottawa
268	32	R3L 2B9	2010-03-25 00:00:00	MB	696 Osborne Street	Canada	3.96	Winnipeg
269	36	10789	2010-03-26 00:00:00	\N	Tauentzienstraße 8	Germany	5.94	Berlin
270	42	33000	2010-03-29 00:00:00	\N	9, Place Louis Barthou	France	8.91	Bordeaux
271	51	11230	2010-04-03 00:00:00	\N	Celsiusg. 9	Sweden	13.86	Stockholm
272	6	14300	2010-04-11 00:00:00	\N	Rilská 3174/6	Czech Republic	0.99	Prague
273	7	1010	2010-04-24 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	1.98	Vienne
274	9	1720	2010-04-24 00:00:00	\N	Sønder Boulevard 51	Denmark	1.98	Copenhagen
275	11	01310-200	2010-04-25 00:00:00	SP	Av. Paulista, 2022	Brazil	3.96	São Paulo
276	15	V6C 1G8	2010-04-26 00:00:00	BC	700 W Pender Street	Canada	5.94	Vancouver
277	21	89503	2010-04-29 00:00:00	NV	801 W 4th Street	USA	8.91	Reno
278	30	K2P 1L7	2010-05-04 00:00:00	ON	230 Elgin Street	Canada	13.86	Ottawa
279	44	00530	2010-05-12 00:00:00	\N	Porthaninkatu 9	Finland	0.99	Helsinki
280	45	H-1073	2010-05-25 00:00:00	\N	Erzsébet krt. 58.	Hungary	1.98	Budapest
281	47	00192	2010-05-25 00:00:00	RM	Via Degli Scipioni, 43	Italy	1.98	Rome
282	49	00-358	2010-05-26 00:00:00	\N	Ordynacka 10	Poland	3.96	Warsaw
283	53	SW1V 3EN	2010-05-27 00:00:00	\N	113 Lupus St	United Kingdom	5.94	London
284	59	560001	2010-05-30 00:00:00	\N	3,Raj Bhavan Road	India	8.91	Bangalore
285	9	1720	2010-06-04 00:00:00	\N	Sønder Boulevard 51	Denmark	13.86	Copenhagen
286	23	2113	2010-06-12 00:00:00	MA	69 Salem Street	USA	0.99	Boston
287	24	60611	2010-06-25 00:00:00	IL	162 E Superior Street	USA	1.98	Chicago
288	26	76110	2010-06-25 00:00:00	TX	2211 W Berry Street	USA	1.98	Fort Worth
289	28	84102	2010-06-26 00:00:00	UT	302 S 700 E	USA	3.96	Salt Lake City
290	32	R3L 2B9	2010-06-27 00:00:00	MB	696 Osborne Street	Canada	5.94	Winnipeg
291	38	10779	2010-06-30 00:00:00	\N	Barbarossastraße 19	Germany	8.91	Berlin
292	47	00192	2010-07-05 00:00:00	RM	Via Degli Scipioni, 43	Italy	13.86	Rome
293	2	70174	2010-07-13 00:00:00	\N	Theodor-Heuss-Straße 34	Germany	0.99	Stuttgart
294	3	H2G 1A7	2010-07-26 00:00:00	QC	1498 rue Bélanger	Canada	1.98	Montréal
295	5	14700	2010-07-26 00:00:00	\N	Klanova 9/506	Czech Republic	1.98	Prague
296	7	1010	2010-07-27 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	3.96	Vienne
297	11	01310-200	2010-07-28 00:00:00	SP	Av. Paulista, 2022	Brazil	5.94	São Paulo
298	17	98052-8300	2010-07-31 00:00:00	WA	1 Microsoft Way	USA	10.91	Redmond
299	26	76110	2010-08-05 00:00:00	TX	2211 W Berry Street	USA	23.86	Fort Worth
300	40	75002	2010-08-13 00:00:00	\N	8, Rue Hanovre	France	0.99	Paris
301	41	69002	2010-08-26 00:00:00	\N	11, Place Bellecour	France	1.98	Lyon
302	43	21000	2010-08-26 00:00:00	\N	68, Rue Jouvence	France	1.98	Dijon
303	45	H-1073	2010-08-27 00:00:00	\N	Erzsébet krt. 58.	Hungary	3.96	Budapest
304	49	00-358	2010-08-28 00:00:00	\N	Ordynacka 10	Poland	5.94	Warsaw
305	55	2010	2010-08-31 00:00:00	NSW	421 Bourke Street	Australia	8.91	Sidney
306	5	14700	2010-09-05 00:00:00	\N	Klanova 9/506	Czech Republic	16.86	Prague
307	19	95014	2010-09-13 00:00:00	CA	1 Infinite Loop	USA	1.99	Cupertino
308	20	94040-111	2010-09-26 00:00:00	CA	541 Del Medio Avenue	USA	3.98	Mountain View
309	22	32801	2010-09-26 00:00:00	FL	120 S Orange Ave	USA	3.98	Orlando
310	24	60611	2010-09-27 00:00:00	IL	162 E Superior Street	USA	7.96	Chicago
311	28	84102	2010-09-28 00:00:00	UT	302 S 700 E	USA	11.94	Salt Lake City
312	34	\N	2010-10-01 00:00:00	\N	Rua da Assunção 53	Portugal	10.91	Lisbon
313	43	21000	2010-10-06 00:00:00	\N	68, Rue Jouvence	France	16.86	Dijon
314	57	\N	2010-10-14 00:00:00	\N	Calle Lira, 198	Chile	0.99	Santiago
315	58	110017	2010-10-27 00:00:00	\N	12,Community Centre	India	1.98	Delhi
316	1	12227-000	2010-10-27 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	1.98	São José dos Campos
317	3	H2G 1A7	2010-10-28 00:00:00	QC	1498 rue Bélanger	Canada	3.96	Montréal
318	7	1010	2010-10-29 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	5.94	Vienne
319	13	71020-677	2010-11-01 00:00:00	DF	Qe 7 Bloco G	Brazil	8.91	Brasília
320	22	32801	2010-11-06 00:00:00	FL	120 S Orange Ave	USA	13.86	Orlando
321	36	10789	2010-11-14 00:00:00	\N	Tauentzienstraße 8	Germany	0.99	Berlin
322	37	60316	2010-11-27 00:00:00	\N	Berger Straße 10	Germany	1.98	Frankfurt
323	39	75009	2010-11-27 00:00:00	\N	4, Rue Milton	France	1.98	Paris
324	41	69002	2010-11-28 00:00:00	\N	11, Place Bellecour	France	3.96	Lyon
325	45	H-1073	2010-11-29 00:00:00	\N	Erzsébet krt. 58.	Hungary	5.94	Budapest
326	51	11230	2010-12-02 00:00:00	\N	Celsiusg. 9	Sweden	8.91	Stockholm
327	1	12227-000	2010-12-07 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	13.86	São José dos Campos
328	15	V6C 1G8	2010-12-15 00:00:00	BC	700 W Pender Street	Canada	0.99	Vancouver
329	16	94043-1351	2010-12-28 00:00:00	CA	1600 Amphitheatre Parkway	USA	1.98	Mountain View
330	18	10012-2612	2010-12-28 00:00:00	NY	627 Broadway	USA	1.98	New York
331	20	94040-111	2010-12-29 00:00:00	CA	541 Del Medio Avenue	USA	3.96	Mountain View
332	24	60611	2010-12-30 00:00:00	IL	162 E Superior Street	USA	5.94	Chicago
333	30	K2P 1L7	2011-01-02 00:00:00	ON	230 Elgin Street	Canada	8.91	Ottawa
334	39	75009	2011-01-07 00:00:00	\N	4, Rue Milton	France	13.86	Paris
335	53	SW1V 3EN	2011-01-15 00:00:00	\N	113 Lupus St	United Kingdom	0.99	London
336	54	EH4 1HH	2011-01-28 00:00:00	\N	110 Raeburn Pl	United Kingdom	1.98	Edinburgh 
337	56	1106	2011-01-28 00:00:00	\N	307 Macacha Güemes	Argentina	1.98	Buenos Aires
338	58	110017	2011-01-29 00:00:00	\N	12,Community Centre	India	3.96	Delhi
339	3	H2G 1A7	2011-01-30 00:00:00	QC	1498 rue Bélanger	Canada	5.94	Montréal
340	9	1720	2011-02-02 00:00:00	\N	Sønder Boulevard 51	Denmark	8.91	Copenhagen
341	18	10012-2612	2011-02-07 00:00:00	NY	627 Broadway	USA	13.86	New York
342	32	R3L 2B9	2011-02-15 00:00:00	MB	696 Osborne Street	Canada	0.99	Winnipeg
343	33	X1A 1N6	2011-02-28 00:00:00	NT	5112 48 Street	Canada	1.98	Yellowknife
344	35	\N	2011-02-28 00:00:00	\N	Rua dos Campeões Europeus de Viena, 4350	Portugal	1.98	Porto
345	37	60316	2011-03-01 00:00:00	\N	Berger Straße 10	Germany	3.96	Frankfurt
346	41	69002	2011-03-02 00:00:00	\N	11, Place Bellecour	France	5.94	Lyon
347	47	00192	2011-03-05 00:00:00	RM	Via Degli Scipioni, 43	Italy	8.91	Rome
348	56	1106	2011-03-10 00:00:00	\N	307 Macacha Güemes	Argentina	13.86	Buenos Aires
349	11	01310-200	2011-03-18 00:00:00	SP	Av. Paulista, 2022	Brazil	0.99	São Paulo
350	12	20040-020	2011-03-31 00:00:00	RJ	Praça Pio X, 119	Brazil	1.98	Rio de Janeiro
351	14	T6G 2C7	2011-03-31 00:00:00	AB	8210 111 ST NW	Canada	1.98	Edmonton
352	16	94043-1351	2011-04-01 00:00:00	CA	1600 Amphitheatre Parkway	USA	3.96	Mountain View
353	20	94040-111	2011-04-02 00:00:00	CA	541 Del Medio Avenue	USA	5.94	Mountain View
354	26	76110	2011-04-05 00:00:00	TX	2211 W Berry Street	USA	8.91	Fort Worth
355	35	\N	2011-04-10 00:00:00	\N	Rua dos Campeões Europeus de Viena, 4350	Portugal	13.86	Porto
356	49	00-358	2011-04-18 00:00:00	\N	Ordynacka 10	Poland	0.99	Warsaw
357	50	28015	2011-05-01 00:00:00	\N	C/ San Bernardo 85	Spain	1.98	Madrid
358	52	N1 5LH	2011-05-01 00:00:00	\N	202 Hoxton Street	United Kingdom	1.98	London
359	54	EH4 1HH	2011-05-02 00:00:00	\N	110 Raeburn Pl	United Kingdom	3.96	Edinburgh 
360	58	110017	2011-05-03 00:00:00	\N	12,Community Centre	India	5.94	Delhi
361	5	14700	2011-05-06 00:00:00	\N	Klanova 9/506	Czech Republic	8.91	Prague
362	14	T6G 2C7	2011-05-11 00:00:00	AB	8210 111 ST NW	Canada	13.86	Edmonton
363	28	84102	2011-05-19 00:00:00	UT	302 S 700 E	USA	0.99	Salt Lake City
364	29	M6J 1V1	2011-06-01 00:00:00	ON	796 Dundas Street West	Canada	1.98	Toronto
365	31	B3S 1C5	2011-06-01 00:00:00	NS	194A Chain Lake Drive	Canada	1.98	Halifax
366	33	X1A 1N6	2011-06-02 00:00:00	NT	5112 48 Street	Canada	3.96	Yellowknife
367	37	60316	2011-06-03 00:00:00	\N	Berger Straße 10	Germany	5.94	Frankfurt
368	43	21000	2011-06-06 00:00:00	\N	68, Rue Jouvence	France	8.91	Dijon
369	52	N1 5LH	2011-06-11 00:00:00	\N	202 Hoxton Street	United Kingdom	13.86	London
370	7	1010	2011-06-19 00:00:00	\N	Rotenturmstraße 4, 1010 Innere Stadt	Austria	0.99	Vienne
371	8	1000	2011-07-02 00:00:00	\N	Grétrystraat 63	Belgium	1.98	Brussels
372	10	01007-010	2011-07-02 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	1.98	São Paulo
373	12	20040-020	2011-07-03 00:00:00	RJ	Praça Pio X, 119	Brazil	3.96	Rio de Janeiro
374	16	94043-1351	2011-07-04 00:00:00	CA	1600 Amphitheatre Parkway	USA	5.94	Mountain View
375	22	32801	2011-07-07 00:00:00	FL	120 S Orange Ave	USA	8.91	Orlando
376	31	B3S 1C5	2011-07-12 00:00:00	NS	194A Chain Lake Drive	Canada	13.86	Halifax
377	45	H-1073	2011-07-20 00:00:00	\N	Erzsébet krt. 58.	Hungary	0.99	Budapest
378	46	\N	2011-08-02 00:00:00	Dublin	3 Chatham Street	Ireland	1.98	Dublin
379	48	1016	2011-08-02 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	1.98	Amsterdam
380	50	28015	2011-08-03 00:00:00	\N	C/ San Bernardo 85	Spain	3.96	Madrid
381	54	EH4 1HH	2011-08-04 00:00:00	\N	110 Raeburn Pl	United Kingdom	5.94	Edinburgh 
382	1	12227-000	2011-08-07 00:00:00	SP	Av. Brigadeiro Faria Lima, 2170	Brazil	8.91	São José dos Campos
383	10	01007-010	2011-08-12 00:00:00	SP	Rua Dr. Falcão Filho, 155	Brazil	13.86	São Paulo
384	24	60611	2011-08-20 00:00:00	IL	162 E Superior Street	USA	0.99	Chicago
385	25	53703	2011-09-02 00:00:00	WI	319 N. Frances Street	USA	1.98	Madison
386	27	85719	2011-09-02 00:00:00	AZ	1033 N Park Ave	USA	1.98	Tucson
387	29	M6J 1V1	2011-09-03 00:00:00	ON	796 Dundas Street West	Canada	3.96	Toronto
388	33	X1A 1N6	2011-09-04 00:00:00	NT	5112 48 Street	Canada	5.94	Yellowknife
389	39	75009	2011-09-07 00:00:00	\N	4, Rue Milton	France	8.91	Paris
390	48	1016	2011-09-12 00:00:00	VV	Lijnbaansgracht 120bg	Netherlands	13.86	Amsterdam
391	3	H2G 1A7	2011-09-20 00:00:00	QC	1498 rue Bélanger	Canada	0.99	Montréal
392	4	0171	2011-10-03 00:00:00	\N	Ullevålsveien 14	Norway	1.98	Oslo
393	6	14300	2011-10-03 00:00:00	\N	Rilská 3174/6	Czech Republic	1.98	Prague
394	8	1000	2011-10-04 00:00:00	\N	Grétrystraat 63	Belgium	3.96	Brussels
395	12	20040-020	2011-10-05 00:00:00	RJ	Praça Pio X, 119	Brazil	5.94	Rio de Janeiro
396	18	10012-2612	2011-10-08 00:00:00	NY	627 Broadway	USA	8.91	New York
397	27	85719	2011-10-13 00:00:00	AZ	1033 N Park Ave	USA	13.86	Tucson
398	41	69002	2011-10-21 00:00:00	\N	11, Place Bellecour	France	0.99	Lyon
399	42	33000	2011-11-03 00:00:00	\N	9, Place Louis Barthou	France	1.98	Bordeaux
400	44	00530	2011-11-03 00:00:00	\N	Porthaninkatu 9	Finland	1.98	Helsinki
\.


--
-- Data for Name: invoiceline; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.invoiceline (id, track, unit_price, invoice, quantity) FROM stdin;
1	2	0.99	1	1
2	4	0.99	1	1
3	6	0.99	2	1
4	8	0.99	2	1
5	10	0.99	2	1
6	12	0.99	2	1
7	16	0.99	3	1
8	20	0.99	3	1
9	24	0.99	3	1
10	28	0.99	3	1
11	32	0.99	3	1
12	36	0.99	3	1
13	42	0.99	4	1
14	48	0.99	4	1
15	54	0.99	4	1
16	60	0.99	4	1
17	66	0.99	4	1
18	72	0.99	4	1
19	78	0.99	4	1
20	84	0.99	4	1
21	90	0.99	4	1
22	99	0.99	5	1
23	108	0.99	5	1
24	117	0.99	5	1
25	126	0.99	5	1
26	135	0.99	5	1
27	144	0.99	5	1
28	153	0.99	5	1
29	162	0.99	5	1
30	171	0.99	5	1
31	180	0.99	5	1
32	189	0.99	5	1
33	198	0.99	5	1
34	207	0.99	5	1
35	216	0.99	5	1
36	230	0.99	6	1
37	231	0.99	7	1
38	232	0.99	7	1
39	234	0.99	8	1
40	236	0.99	8	1
41	238	0.99	9	1
42	240	0.99	9	1
43	242	0.99	9	1
44	244	0.99	9	1
45	248	0.99	10	1
46	252	0.99	10	1
47	256	0.99	10	1
48	260	0.99	10	1
49	264	0.99	10	1
50	268	0.99	10	1
51	274	0.99	11	1
52	280	0.99	11	1
53	286	0.99	11	1
54	292	0.99	11	1
55	298	0.99	11	1
56	304	0.99	11	1
57	310	0.99	11	1
58	316	0.99	11	1
59	322	0.99	11	1
60	331	0.99	12	1
61	340	0.99	12	1
62	349	0.99	12	1
63	358	0.99	12	1
64	367	0.99	12	1
65	376	0.99	12	1
66	385	0.99	12	1
67	394	0.99	12	1
68	403	0.99	12	1
69	412	0.99	12	1
70	421	0.99	12	1
71	430	0.99	12	1
72	439	0.99	12	1
73	448	0.99	12	1
74	462	0.99	13	1
75	463	0.99	14	1
76	464	0.99	14	1
77	466	0.99	15	1
78	468	0.99	15	1
79	470	0.99	16	1
80	472	0.99	16	1
81	474	0.99	16	1
82	476	0.99	16	1
83	480	0.99	17	1
84	484	0.99	17	1
85	488	0.99	17	1
86	492	0.99	17	1
87	496	0.99	17	1
88	500	0.99	17	1
89	506	0.99	18	1
90	512	0.99	18	1
91	518	0.99	18	1
92	524	0.99	18	1
93	530	0.99	18	1
94	536	0.99	18	1
95	542	0.99	18	1
96	548	0.99	18	1
97	554	0.99	18	1
98	563	0.99	19	1
99	572	0.99	19	1
100	581	0.99	19	1
101	590	0.99	19	1
102	599	0.99	19	1
103	608	0.99	19	1
104	617	0.99	19	1
105	626	0.99	19	1
106	635	0.99	19	1
107	644	0.99	19	1
108	653	0.99	19	1
109	662	0.99	19	1
110	671	0.99	19	1
111	680	0.99	19	1
112	694	0.99	20	1
113	695	0.99	21	1
114	696	0.99	21	1
115	698	0.99	22	1
116	700	0.99	22	1
117	702	0.99	23	1
118	704	0.99	23	1
119	706	0.99	23	1
120	708	0.99	23	1
121	712	0.99	24	1
122	716	0.99	24	1
123	720	0.99	24	1
124	724	0.99	24	1
125	728	0.99	24	1
126	732	0.99	24	1
127	738	0.99	25	1
128	744	0.99	25	1
129	750	0.99	25	1
130	756	0.99	25	1
131	762	0.99	25	1
132	768	0.99	25	1
133	774	0.99	25	1
134	780	0.99	25	1
135	786	0.99	25	1
136	795	0.99	26	1
137	804	0.99	26	1
138	813	0.99	26	1
139	822	0.99	26	1
140	831	0.99	26	1
141	840	0.99	26	1
142	849	0.99	26	1
143	858	0.99	26	1
144	867	0.99	26	1
145	876	0.99	26	1
146	885	0.99	26	1
147	894	0.99	26	1
148	903	0.99	26	1
149	912	0.99	26	1
150	926	0.99	27	1
151	927	0.99	28	1
152	928	0.99	28	1
153	930	0.99	29	1
154	932	0.99	29	1
155	934	0.99	30	1
156	936	0.99	30	1
157	938	0.99	30	1
158	940	0.99	30	1
159	944	0.99	31	1
160	948	0.99	31	1
161	952	0.99	31	1
162	956	0.99	31	1
163	960	0.99	31	1
164	964	0.99	31	1
165	970	0.99	32	1
166	976	0.99	32	1
167	982	0.99	32	1
168	988	0.99	32	1
169	994	0.99	32	1
170	1000	0.99	32	1
171	1006	0.99	32	1
172	1012	0.99	32	1
173	1018	0.99	32	1
174	1027	0.99	33	1
175	1036	0.99	33	1
176	1045	0.99	33	1
177	1054	0.99	33	1
178	1063	0.99	33	1
179	1072	0.99	33	1
180	1081	0.99	33	1
181	1090	0.99	33	1
182	1099	0.99	33	1
183	1108	0.99	33	1
184	1117	0.99	33	1
185	1126	0.99	33	1
186	1135	0.99	33	1
187	1144	0.99	33	1
188	1158	0.99	34	1
189	1159	0.99	35	1
190	1160	0.99	35	1
191	1162	0.99	36	1
192	1164	0.99	36	1
193	1166	0.99	37	1
194	1168	0.99	37	1
195	1170	0.99	37	1
196	1172	0.99	37	1
197	1176	0.99	38	1
198	1180	0.99	38	1
199	1184	0.99	38	1
200	1188	0.99	38	1
201	1192	0.99	38	1
202	1196	0.99	38	1
203	1202	0.99	39	1
204	1208	0.99	39	1
205	1214	0.99	39	1
206	1220	0.99	39	1
207	1226	0.99	39	1
208	1232	0.99	39	1
209	1238	0.99	39	1
210	1244	0.99	39	1
211	1250	0.99	39	1
212	1259	0.99	40	1
213	1268	0.99	40	1
214	1277	0.99	40	1
215	1286	0.99	40	1
216	1295	0.99	40	1
217	1304	0.99	40	1
218	1313	0.99	40	1
219	1322	0.99	40	1
220	1331	0.99	40	1
221	1340	0.99	40	1
222	1349	0.99	40	1
223	1358	0.99	40	1
224	1367	0.99	40	1
225	1376	0.99	40	1
226	1390	0.99	41	1
227	1391	0.99	42	1
228	1392	0.99	42	1
229	1394	0.99	43	1
230	1396	0.99	43	1
231	1398	0.99	44	1
232	1400	0.99	44	1
233	1402	0.99	44	1
234	1404	0.99	44	1
235	1408	0.99	45	1
236	1412	0.99	45	1
237	1416	0.99	45	1
238	1420	0.99	45	1
239	1424	0.99	45	1
240	1428	0.99	45	1
241	1434	0.99	46	1
242	1440	0.99	46	1
243	1446	0.99	46	1
244	1452	0.99	46	1
245	1458	0.99	46	1
246	1464	0.99	46	1
247	1470	0.99	46	1
248	1476	0.99	46	1
249	1482	0.99	46	1
250	1491	0.99	47	1
251	1500	0.99	47	1
252	1509	0.99	47	1
253	1518	0.99	47	1
254	1527	0.99	47	1
255	1536	0.99	47	1
256	1545	0.99	47	1
257	1554	0.99	47	1
258	1563	0.99	47	1
259	1572	0.99	47	1
260	1581	0.99	47	1
261	1590	0.99	47	1
262	1599	0.99	47	1
263	1608	0.99	47	1
264	1622	0.99	48	1
265	1623	0.99	49	1
266	1624	0.99	49	1
267	1626	0.99	50	1
268	1628	0.99	50	1
269	1630	0.99	51	1
270	1632	0.99	51	1
271	1634	0.99	51	1
272	1636	0.99	51	1
273	1640	0.99	52	1
274	1644	0.99	52	1
275	1648	0.99	52	1
276	1652	0.99	52	1
277	1656	0.99	52	1
278	1660	0.99	52	1
279	1666	0.99	53	1
280	1672	0.99	53	1
281	1678	0.99	53	1
282	1684	0.99	53	1
283	1690	0.99	53	1
284	1696	0.99	53	1
285	1702	0.99	53	1
286	1708	0.99	53	1
287	1714	0.99	53	1
288	1723	0.99	54	1
289	1732	0.99	54	1
290	1741	0.99	54	1
291	1750	0.99	54	1
292	1759	0.99	54	1
293	1768	0.99	54	1
294	1777	0.99	54	1
295	1786	0.99	54	1
296	1795	0.99	54	1
297	1804	0.99	54	1
298	1813	0.99	54	1
299	1822	0.99	54	1
300	1831	0.99	54	1
301	1840	0.99	54	1
302	1854	0.99	55	1
303	1855	0.99	56	1
304	1856	0.99	56	1
305	1858	0.99	57	1
306	1860	0.99	57	1
307	1862	0.99	58	1
308	1864	0.99	58	1
309	1866	0.99	58	1
310	1868	0.99	58	1
311	1872	0.99	59	1
312	1876	0.99	59	1
313	1880	0.99	59	1
314	1884	0.99	59	1
315	1888	0.99	59	1
316	1892	0.99	59	1
317	1898	0.99	60	1
318	1904	0.99	60	1
319	1910	0.99	60	1
320	1916	0.99	60	1
321	1922	0.99	60	1
322	1928	0.99	60	1
323	1934	0.99	60	1
324	1940	0.99	60	1
325	1946	0.99	60	1
326	1955	0.99	61	1
327	1964	0.99	61	1
328	1973	0.99	61	1
329	1982	0.99	61	1
330	1991	0.99	61	1
331	2000	0.99	61	1
332	2009	0.99	61	1
333	2018	0.99	61	1
334	2027	0.99	61	1
335	2036	0.99	61	1
336	2045	0.99	61	1
337	2054	0.99	61	1
338	2063	0.99	61	1
339	2072	0.99	61	1
340	2086	0.99	62	1
341	2087	0.99	63	1
342	2088	0.99	63	1
343	2090	0.99	64	1
344	2092	0.99	64	1
345	2094	0.99	65	1
346	2096	0.99	65	1
347	2098	0.99	65	1
348	2100	0.99	65	1
349	2104	0.99	66	1
350	2108	0.99	66	1
351	2112	0.99	66	1
352	2116	0.99	66	1
353	2120	0.99	66	1
354	2124	0.99	66	1
355	2130	0.99	67	1
356	2136	0.99	67	1
357	2142	0.99	67	1
358	2148	0.99	67	1
359	2154	0.99	67	1
360	2160	0.99	67	1
361	2166	0.99	67	1
362	2172	0.99	67	1
363	2178	0.99	67	1
364	2187	0.99	68	1
365	2196	0.99	68	1
366	2205	0.99	68	1
367	2214	0.99	68	1
368	2223	0.99	68	1
369	2232	0.99	68	1
370	2241	0.99	68	1
371	2250	0.99	68	1
372	2259	0.99	68	1
373	2268	0.99	68	1
374	2277	0.99	68	1
375	2286	0.99	68	1
376	2295	0.99	68	1
377	2304	0.99	68	1
378	2318	0.99	69	1
379	2319	0.99	70	1
380	2320	0.99	70	1
381	2322	0.99	71	1
382	2324	0.99	71	1
383	2326	0.99	72	1
384	2328	0.99	72	1
385	2330	0.99	72	1
386	2332	0.99	72	1
387	2336	0.99	73	1
388	2340	0.99	73	1
389	2344	0.99	73	1
390	2348	0.99	73	1
391	2352	0.99	73	1
392	2356	0.99	73	1
393	2362	0.99	74	1
394	2368	0.99	74	1
395	2374	0.99	74	1
396	2380	0.99	74	1
397	2386	0.99	74	1
398	2392	0.99	74	1
399	2398	0.99	74	1
400	2404	0.99	74	1
\.


--
-- Data for Name: mediatype; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.mediatype (id, name) FROM stdin;
1	MPEG audio file
2	Protected AAC audio file
3	Protected MPEG-4 video file
4	Purchased AAC audio file
5	AAC audio file
\.


--
-- Data for Name: playlist; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.playlist (id, name) FROM stdin;
1	Music
2	Movies
3	TV Shows
4	Audiobooks
5	90’s Music
6	Audiobooks
7	Movies
8	Music
9	Music Videos
10	TV Shows
11	Brazilian Music
12	Classical
13	Classical 101 - Deep Cuts
14	Classical 101 - Next Steps
15	Classical 101 - The Basics
16	Grunge
17	Heavy Metal Classic
18	On-The-Go 1
\.


--
-- Data for Name: playlisttrack; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.playlisttrack (id, track, playlist) FROM stdin;
1	1	1
2	2	1
3	3	1
4	4	1
5	5	1
6	6	1
7	7	1
8	8	1
9	9	1
10	10	1
11	11	1
12	12	1
13	13	1
14	14	1
15	15	1
16	16	1
17	17	1
18	18	1
19	19	1
20	20	1
21	21	1
22	22	1
23	23	1
24	24	1
25	25	1
26	26	1
27	27	1
28	28	1
29	29	1
30	30	1
31	31	1
32	32	1
33	33	1
34	34	1
35	35	1
36	36	1
37	37	1
38	38	1
39	39	1
40	40	1
41	41	1
42	42	1
43	43	1
44	44	1
45	45	1
46	46	1
47	47	1
48	48	1
49	49	1
50	50	1
51	51	1
52	52	1
53	53	1
54	54	1
55	55	1
56	56	1
57	57	1
58	58	1
59	59	1
60	60	1
61	61	1
62	62	1
63	63	1
64	64	1
65	65	1
66	66	1
67	67	1
68	68	1
69	69	1
70	70	1
71	71	1
72	72	1
73	73	1
74	74	1
75	75	1
76	76	1
77	77	1
78	78	1
79	79	1
80	80	1
81	81	1
82	82	1
83	83	1
84	84	1
85	85	1
86	86	1
87	87	1
88	88	1
89	89	1
90	90	1
91	91	1
92	92	1
93	93	1
94	94	1
95	95	1
96	96	1
97	97	1
98	98	1
99	99	1
100	100	1
101	101	1
102	102	1
103	103	1
104	104	1
105	105	1
106	106	1
107	107	1
108	108	1
109	109	1
110	110	1
111	111	1
112	112	1
113	113	1
114	114	1
115	115	1
116	116	1
117	117	1
118	118	1
119	119	1
120	120	1
121	121	1
122	122	1
123	123	1
124	124	1
125	125	1
126	126	1
127	127	1
128	128	1
129	129	1
130	130	1
131	131	1
132	132	1
133	133	1
134	134	1
135	135	1
136	136	1
137	137	1
138	138	1
139	139	1
140	140	1
141	141	1
142	142	1
143	143	1
144	144	1
145	145	1
146	146	1
147	147	1
148	148	1
149	149	1
150	150	1
151	151	1
152	152	1
153	153	1
154	154	1
155	155	1
156	156	1
157	157	1
158	158	1
159	159	1
160	160	1
161	161	1
162	162	1
163	163	1
164	164	1
165	165	1
166	166	1
167	167	1
168	168	1
169	169	1
170	170	1
171	171	1
172	172	1
173	173	1
174	174	1
175	175	1
176	176	1
177	177	1
178	178	1
179	179	1
180	180	1
181	181	1
182	182	1
183	183	1
184	184	1
185	185	1
186	186	1
187	187	1
188	188	1
189	189	1
190	190	1
191	191	1
192	192	1
193	193	1
194	194	1
195	195	1
196	196	1
197	197	1
198	198	1
199	199	1
200	200	1
201	201	1
202	202	1
203	203	1
204	204	1
205	205	1
206	206	1
207	207	1
208	208	1
209	209	1
210	210	1
211	211	1
212	212	1
213	213	1
214	214	1
215	215	1
216	216	1
217	217	1
218	218	1
219	219	1
220	220	1
221	221	1
222	222	1
223	223	1
224	224	1
225	225	1
226	226	1
227	227	1
228	228	1
229	229	1
230	230	1
231	231	1
232	232	1
233	233	1
234	234	1
235	235	1
236	236	1
237	237	1
238	238	1
239	239	1
240	240	1
241	241	1
242	242	1
243	243	1
244	244	1
245	245	1
246	246	1
247	247	1
248	248	1
249	249	1
250	250	1
251	251	1
252	252	1
253	253	1
254	254	1
255	255	1
256	256	1
257	257	1
258	258	1
259	259	1
260	260	1
261	261	1
262	262	1
263	263	1
264	264	1
265	265	1
266	266	1
267	267	1
268	268	1
269	269	1
270	270	1
271	271	1
272	272	1
273	273	1
274	274	1
275	275	1
276	276	1
277	277	1
278	278	1
279	279	1
280	280	1
281	281	1
282	282	1
283	283	1
284	284	1
285	285	1
286	286	1
287	287	1
288	288	1
289	289	1
290	290	1
291	291	1
292	292	1
293	293	1
294	294	1
295	295	1
296	296	1
297	297	1
298	298	1
299	299	1
300	300	1
301	301	1
302	302	1
303	303	1
304	304	1
305	305	1
306	306	1
307	307	1
308	308	1
309	309	1
310	310	1
311	311	1
312	312	1
313	313	1
314	314	1
315	315	1
316	316	1
317	317	1
318	318	1
319	319	1
320	320	1
321	321	1
322	322	1
323	323	1
324	324	1
325	325	1
326	326	1
327	327	1
328	328	1
329	329	1
330	330	1
331	331	1
332	332	1
333	333	1
334	334	1
335	335	1
336	336	1
337	337	1
338	338	1
339	339	1
340	340	1
341	341	1
342	342	1
343	343	1
344	344	1
345	345	1
346	346	1
347	347	1
348	348	1
349	349	1
350	350	1
351	351	1
352	352	1
353	353	1
354	354	1
355	355	1
356	356	1
357	357	1
358	358	1
359	359	1
360	360	1
361	361	1
362	362	1
363	363	1
364	364	1
365	365	1
366	366	1
367	367	1
368	368	1
369	369	1
370	370	1
371	371	1
372	372	1
373	373	1
374	374	1
375	375	1
376	376	1
377	377	1
378	378	1
379	379	1
380	380	1
381	381	1
382	382	1
383	383	1
384	384	1
385	385	1
386	386	1
387	387	1
388	388	1
389	389	1
390	390	1
391	391	1
392	392	1
393	393	1
394	394	1
395	395	1
396	396	1
397	397	1
398	398	1
399	399	1
400	400	1
\.


--
-- Data for Name: track; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) FROM stdin;
1	1	For Those About To Rock (We Salute You)	11170334	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	343719
2	2	Balls to the Wall	5510424	2	0.99	\N	1	342562
3	3	Fast As a Shark	3990994	2	0.99	F. Baltes, S. Kaufman, U. Dirkscneider & W. Hoffman	1	230619
4	3	Restless and Wild	4331779	2	0.99	F. Baltes, R.A. Smith-Diesel, S. Kaufman, U. Dirkscneider & W. Hoffman	1	252051
5	3	Princess of the Dawn	6290521	2	0.99	Deaffy & R.A. Smith-Diesel	1	375418
6	1	Put The Finger On You	6713451	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	205662
7	1	Let's Get It Up	7636561	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	233926
8	1	Inject The Venom	6852860	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	210834
9	1	Snowballed	6599424	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	203102
10	1	Evil Walks	8611245	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	263497
11	1	C.O.D.	6566314	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	199836
12	1	Breaking The Rules	8596840	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	263288
13	1	Night Of The Long Knives	6706347	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	205688
14	1	Spellbound	8817038	1	0.99	Angus Young, Malcolm Young, Brian Johnson	1	270863
15	4	Go Down	10847611	1	0.99	AC/DC	1	331180
16	4	Dog Eat Dog	7032162	1	0.99	AC/DC	1	215196
17	4	Let There Be Rock	12021261	1	0.99	AC/DC	1	366654
18	4	Bad Boy Boogie	8776140	1	0.99	AC/DC	1	267728
19	4	Problem Child	10617116	1	0.99	AC/DC	1	325041
20	4	Overdose	12066294	1	0.99	AC/DC	1	369319
21	4	Hell Ain't A Bad Place To Be	8331286	1	0.99	AC/DC	1	254380
22	4	Whole Lotta Rosie	10547154	1	0.99	AC/DC	1	323761
23	5	Walk On Water	9719579	1	0.99	Steven Tyler, Joe Perry, Jack Blades, Tommy Shaw	1	295680
24	5	Love In An Elevator	10552051	1	0.99	Steven Tyler, Joe Perry	1	321828
25	5	Rag Doll	8675345	1	0.99	Steven Tyler, Joe Perry, Jim Vallance, Holly Knight	1	264698
26	5	What It Takes	10144730	1	0.99	Steven Tyler, Joe Perry, Desmond Child	1	310622
27	5	Dude (Looks Like A Lady)	8679940	1	0.99	Steven Tyler, Joe Perry, Desmond Child	1	264855
28	5	Janie's Got A Gun	10869391	1	0.99	Steven Tyler, Tom Hamilton	1	330736
29	5	Cryin'	10056995	1	0.99	Steven Tyler, Joe Perry, Taylor Rhodes	1	309263
30	5	Amazing	11616195	1	0.99	Steven Tyler, Richie Supa	1	356519
31	5	Blind Man	7877453	1	0.99	Steven Tyler, Joe Perry, Taylor Rhodes	1	240718
32	5	Deuces Are Wild	7074167	1	0.99	Steven Tyler, Jim Vallance	1	215875
33	5	The Other Side	7983270	1	0.99	Steven Tyler, Jim Vallance	1	244375
34	5	Crazy	10402398	1	0.99	Steven Tyler, Joe Perry, Desmond Child	1	316656
35	5	Eat The Rich	8262039	1	0.99	Steven Tyler, Joe Perry, Jim Vallance	1	251036
36	5	Angel	9989331	1	0.99	Steven Tyler, Desmond Child	1	307617
37	5	Livin' On The Edge	12374569	1	0.99	Steven Tyler, Joe Perry, Mark Hudson	1	381231
38	6	All I Really Want	9375567	1	0.99	Alanis Morissette & Glenn Ballard	1	284891
39	6	You Oughta Know	8196916	1	0.99	Alanis Morissette & Glenn Ballard	1	249234
40	6	Perfect	6145404	1	0.99	Alanis Morissette & Glenn Ballard	1	188133
41	6	Hand In My Pocket	7224246	1	0.99	Alanis Morissette & Glenn Ballard	1	221570
42	6	Right Through You	5793082	1	0.99	Alanis Morissette & Glenn Ballard	1	176117
43	6	Forgiven	9753256	1	0.99	Alanis Morissette & Glenn Ballard	1	300355
44	6	You Learn	7824837	1	0.99	Alanis Morissette & Glenn Ballard	1	239699
45	6	Head Over Feet	8758008	1	0.99	Alanis Morissette & Glenn Ballard	1	267493
46	6	Mary Jane	9163588	1	0.99	Alanis Morissette & Glenn Ballard	1	280607
47	6	Ironic	7598866	1	0.99	Alanis Morissette & Glenn Ballard	1	229825
48	6	Not The Doctor	7604601	1	0.99	Alanis Morissette & Glenn Ballard	1	227631
49	6	Wake Up	9703359	1	0.99	Alanis Morissette & Glenn Ballard	1	293485
50	6	You Oughta Know (Alternate)	16008629	1	0.99	Alanis Morissette & Glenn Ballard	1	491885
51	7	We Die Young	4925362	1	0.99	Jerry Cantrell	1	152084
52	7	Man In The Box	9310272	1	0.99	Jerry Cantrell, Layne Staley	1	286641
53	7	Sea Of Sorrow	11316328	1	0.99	Jerry Cantrell	1	349831
54	7	Bleed The Freak	7847716	1	0.99	Jerry Cantrell	1	241946
55	7	I Can't Remember	7302550	1	0.99	Jerry Cantrell, Layne Staley	1	222955
56	7	Love, Hate, Love	12575396	1	0.99	Jerry Cantrell, Layne Staley	1	387134
57	7	It Ain't Like That	8993793	1	0.99	Jerry Cantrell, Michael Starr, Sean Kinney	1	277577
58	7	Sunshine	9216057	1	0.99	Jerry Cantrell	1	284969
59	7	Put You Down	6420530	1	0.99	Jerry Cantrell	1	196231
60	7	Confusion	11183647	1	0.99	Jerry Cantrell, Michael Starr, Layne Staley	1	344163
61	7	I Know Somethin (Bout You)	8497788	1	0.99	Jerry Cantrell	1	261955
62	7	Real Thing	7937731	1	0.99	Jerry Cantrell, Layne Staley	1	243879
63	8	Desafinado	5990473	1	0.99	\N	2	185338
64	8	Garota De Ipanema	9348428	1	0.99	\N	2	285048
65	8	Samba De Uma Nota Só (One Note Samba)	4535401	1	0.99	\N	2	137273
66	8	Por Causa De Você	5536496	1	0.99	\N	2	169900
67	8	Ligia	8226934	1	0.99	\N	2	251977
68	8	Fotografia	4198774	1	0.99	\N	2	129227
69	8	Dindi (Dindi)	8149148	1	0.99	\N	2	253178
70	8	Se Todos Fossem Iguais A Você (Instrumental)	4393377	1	0.99	\N	2	134948
71	8	Falando De Amor	7121735	1	0.99	\N	2	219663
72	8	Angela	5574957	1	0.99	\N	2	169508
73	8	Corcovado (Quiet Nights Of Quiet Stars)	6687994	1	0.99	\N	2	205662
74	8	Outra Vez	4110053	1	0.99	\N	2	126511
75	8	O Boto (Bôto)	12089673	1	0.99	\N	2	366837
76	8	Canta, Canta Mais	8719426	1	0.99	\N	2	271856
77	9	Enter Sandman	7286305	1	0.99	Apocalyptica	3	221701
78	9	Master Of Puppets	14375310	1	0.99	Apocalyptica	3	436453
79	9	Harvester Of Sorrow	12372536	1	0.99	Apocalyptica	3	374543
80	9	The Unforgiven	10422447	1	0.99	Apocalyptica	3	322925
81	9	Sad But True	9405526	1	0.99	Apocalyptica	3	288208
82	9	Creeping Death	10110980	1	0.99	Apocalyptica	3	308035
83	9	Wherever I May Roam	12033110	1	0.99	Apocalyptica	3	369345
84	9	Welcome Home (Sanitarium)	11406431	1	0.99	Apocalyptica	3	350197
85	10	Cochise	5339931	1	0.99	Audioslave/Chris Cornell	1	222380
86	10	Show Me How to Live	6672176	1	0.99	Audioslave/Chris Cornell	1	277890
87	10	Gasoline	6709793	1	0.99	Audioslave/Chris Cornell	1	279457
88	10	What You Are	5988186	1	0.99	Audioslave/Chris Cornell	1	249391
89	10	Like a Stone	7059624	1	0.99	Audioslave/Chris Cornell	1	294034
90	10	Set It Off	6321091	1	0.99	Audioslave/Chris Cornell	1	263262
91	10	Shadow on the Sun	8245793	1	0.99	Audioslave/Chris Cornell	1	343457
92	10	I am the Highway	8041411	1	0.99	Audioslave/Chris Cornell	1	334942
93	10	Exploder	4948095	1	0.99	Audioslave/Chris Cornell	1	206053
94	10	Hypnotize	4961887	1	0.99	Audioslave/Chris Cornell	1	206628
95	10	Bring'em Back Alive	7911634	1	0.99	Audioslave/Chris Cornell	1	329534
96	10	Light My Way	7289084	1	0.99	Audioslave/Chris Cornell	1	303595
97	10	Getaway Car	7193162	1	0.99	Audioslave/Chris Cornell	1	299598
98	10	The Last Remaining Light	7622615	1	0.99	Audioslave/Chris Cornell	1	317492
99	11	Your Time Has Come	8273592	1	0.99	Cornell, Commerford, Morello, Wilk	4	255529
100	11	Out Of Exile	9506571	1	0.99	Cornell, Commerford, Morello, Wilk	4	291291
101	11	Be Yourself	9106160	1	0.99	Cornell, Commerford, Morello, Wilk	4	279484
102	11	Doesn't Remind Me	8357387	1	0.99	Cornell, Commerford, Morello, Wilk	4	255869
103	11	Drown Me Slowly	7609178	1	0.99	Cornell, Commerford, Morello, Wilk	4	233691
104	11	Heaven's Dead	9006158	1	0.99	Cornell, Commerford, Morello, Wilk	4	276688
105	11	The Worm	7710800	1	0.99	Cornell, Commerford, Morello, Wilk	4	237714
106	11	Man Or Animal	7542942	1	0.99	Cornell, Commerford, Morello, Wilk	4	233195
107	11	Yesterday To Tomorrow	8944205	1	0.99	Cornell, Commerford, Morello, Wilk	4	273763
108	11	Dandelion	9003592	1	0.99	Cornell, Commerford, Morello, Wilk	4	278125
109	11	#1 Zero	9731988	1	0.99	Cornell, Commerford, Morello, Wilk	4	299102
110	11	The Curse	10029406	1	0.99	Cornell, Commerford, Morello, Wilk	4	309786
111	12	Money	2365897	1	0.99	Berry Gordy, Jr./Janie Bradford	5	147591
112	12	Long Tall Sally	1707084	1	0.99	Enotris Johnson/Little Richard/Robert "Bumps" Blackwell	5	106396
113	12	Bad Boy	1862126	1	0.99	Larry Williams	5	116088
114	12	Twist And Shout	2582553	1	0.99	Bert Russell/Phil Medley	5	161123
115	12	Please Mr. Postman	2206986	1	0.99	Brian Holland/Freddie Gorman/Georgia Dobbins/Robert Bateman/William Garrett	5	137639
116	12	C'Mon Everybody	2247846	1	0.99	Eddie Cochran/Jerry Capehart	5	140199
117	12	Rock 'N' Roll Music	2276788	1	0.99	Chuck Berry	5	141923
118	12	Slow Down	2616981	1	0.99	Larry Williams	5	163265
119	12	Roadrunner	2301989	1	0.99	Bo Diddley	5	143595
120	12	Carol	2306019	1	0.99	Chuck Berry	5	143830
121	12	Good Golly Miss Molly	1704918	1	0.99	Little Richard	5	106266
122	12	20 Flight Rock	1299960	1	0.99	Ned Fairchild	5	107807
123	13	Quadrant	8538199	1	0.99	Billy Cobham	2	261851
124	13	Snoopy's search-Red baron	15075616	1	0.99	Billy Cobham	2	456071
125	13	Spanish moss-"A sound portrait"-Spanish moss	8217867	1	0.99	Billy Cobham	2	248084
126	13	Moon germs	9714812	1	0.99	Billy Cobham	2	294060
127	13	Stratus	19115680	1	0.99	Billy Cobham	2	582086
128	13	The pleasant pheasant	10630578	1	0.99	Billy Cobham	2	318066
129	13	Solo-Panhandler	8230661	1	0.99	Billy Cobham	2	246151
130	13	Do what cha wanna	9018565	1	0.99	George Duke	2	274155
131	14	Intro/ Low Down	10642901	1	0.99	\N	3	323683
132	14	13 Years Of Grief	8137421	1	0.99	\N	3	246987
133	14	Stronger Than Death	9869647	1	0.99	\N	3	300747
134	14	All For You	7726948	1	0.99	\N	3	235833
135	14	Super Terrorizer	10513905	1	0.99	\N	3	319373
136	14	Phoney Smile Fake Hellos	9011701	1	0.99	\N	3	273606
137	14	Lost My Better Half	9355309	1	0.99	\N	3	284081
138	14	Bored To Tears	8130090	1	0.99	\N	3	247327
139	14	A.N.D.R.O.T.A.Z.	8574746	1	0.99	\N	3	266266
140	14	Born To Booze	9257358	1	0.99	\N	3	282122
141	14	World Of Trouble	11820932	1	0.99	\N	3	359157
142	14	No More Tears	18041629	1	0.99	\N	3	555075
143	14	The Begining... At Last	11965109	1	0.99	\N	3	365662
144	15	Heart Of Gold	6417460	1	0.99	\N	3	194873
145	15	Snowblind	13842549	1	0.99	\N	3	420022
146	15	Like A Bird	9115657	1	0.99	\N	3	276532
147	15	Blood In The Wall	9359475	1	0.99	\N	3	284368
148	15	The Beginning...At Last	8975814	1	0.99	\N	3	271960
149	16	Black Sabbath	12440200	1	0.99	\N	3	382066
150	16	The Wizard	8646737	1	0.99	\N	3	264829
151	16	Behind The Wall Of Sleep	7169049	1	0.99	\N	3	217573
152	16	N.I.B.	12029390	1	0.99	\N	3	368770
153	16	Evil Woman	6655170	1	0.99	\N	3	204930
154	16	Sleeping Village	21128525	1	0.99	\N	3	644571
155	16	Warning	6893363	1	0.99	\N	3	212062
156	17	Wheels Of Confusion / The Straightener	16065830	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	494524
157	17	Tomorrow's Dream	6252071	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	192496
158	17	Changes	9175517	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	286275
159	17	FX	3331776	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	103157
160	17	Supernaut	9245971	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	285779
161	17	Snowblind	10813386	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	331676
162	17	Cornucopia	7653880	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	234814
163	17	Laguna Sunrise	5671374	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	173087
164	17	St. Vitus Dance	4884969	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	149655
165	17	Under The Sun/Every Day Comes and Goes	11360486	1	0.99	Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne	3	350458
166	18	Smoked Pork	1549074	1	0.99	\N	4	47333
167	18	Body Count's In The House	6715413	1	0.99	\N	4	204251
168	18	Now Sports	161266	1	0.99	\N	4	4884
169	18	Body Count	10489139	1	0.99	\N	4	317936
170	18	A Statistic	211997	1	0.99	\N	4	6373
171	18	Bowels Of The Devil	7324125	1	0.99	\N	4	223216
172	18	The Real Problem	387360	1	0.99	\N	4	11650
173	18	KKK Bitch	5709631	1	0.99	\N	4	173008
174	18	D Note	3067064	1	0.99	\N	4	95738
175	18	Voodoo	9875962	1	0.99	\N	4	300721
176	18	The Winner Loses	12843821	1	0.99	\N	4	392254
177	18	There Goes The Neighborhood	11443471	1	0.99	\N	4	350171
178	18	Oprah	224313	1	0.99	\N	4	6635
179	18	Evil Dick	7828873	1	0.99	\N	4	239020
180	18	Body Count Anthem	5463690	1	0.99	\N	4	166426
181	18	Momma's Gotta Die Tonight	12122946	1	0.99	\N	4	371539
182	18	Freedom Of Speech	9337917	1	0.99	\N	4	281234
183	19	King In Crimson	9218499	1	0.99	Roy Z	3	283167
184	19	Chemical Wedding	8022764	1	0.99	Roy Z	3	246177
185	19	The Tower	9435693	1	0.99	Roy Z	3	285257
186	19	Killing Floor	8854240	1	0.99	Adrian Smith	3	269557
187	19	Book Of Thel	16034404	1	0.99	Eddie Casillas/Roy Z	3	494393
188	19	Gates Of Urizen	8627004	1	0.99	Roy Z	3	265351
189	19	Jerusalem	13194463	1	0.99	Roy Z	3	402390
190	19	Trupets Of Jericho	11820908	1	0.99	Roy Z	3	359131
191	19	Machine Men	11138147	1	0.99	Adrian Smith	3	341655
192	19	The Alchemist	16545657	1	0.99	Roy Z	3	509413
193	19	Realword	7802095	1	0.99	Roy Z	3	237531
194	20	First Time I Met The Blues	4604995	1	0.99	Eurreal Montgomery	6	140434
195	20	Let Me Love You Baby	5716994	1	0.99	Willie Dixon	6	175386
196	20	Stone Crazy	14184984	1	0.99	Buddy Guy	6	433397
197	20	Pretty Baby	7848282	1	0.99	Willie Dixon	6	237662
198	20	When My Left Eye Jumps	7685363	1	0.99	Al Perkins/Willie Dixon	6	235311
199	20	Leave My Girl Alone	6859518	1	0.99	Buddy Guy	6	204721
200	20	She Suits Me To A Tee	4456321	1	0.99	Buddy Guy	6	136803
201	20	Keep It To Myself (Aka Keep It To Yourself)	5487056	1	0.99	Sonny Boy Williamson [I]	6	166060
202	20	My Time After Awhile	6022698	1	0.99	Robert Geddins/Ron Badger/Sheldon Feinberg	6	182491
203	20	Too Many Ways (Alternate)	4459946	1	0.99	Willie Dixon	6	135053
204	20	Talkin' 'Bout Women Obviously	19161377	1	0.99	Amos Blakemore/Buddy Guy	6	589531
205	21	Jorge Da Capadócia	5842196	1	0.99	Jorge Ben	7	177397
206	21	Prenda Minha	3225364	1	0.99	Tradicional	7	99369
207	21	Meditação	4865597	1	0.99	Tom Jobim - Newton Mendoça	7	148793
208	21	Terra	15889054	1	0.99	Caetano Veloso	7	482429
209	21	Eclipse Oculto	7382703	1	0.99	Caetano Veloso	7	221936
210	21	Texto "Verdade Tropical"	2752161	1	0.99	Caetano Veloso	7	84088
211	21	Bem Devagar	4333651	1	0.99	Gilberto Gil	7	133172
212	21	Drão	5065932	1	0.99	Gilberto Gil	7	156264
213	21	Saudosismo	4726981	1	0.99	Caetano Veloso	7	144326
214	21	Carolina	5924159	1	0.99	Chico Buarque	7	181812
215	21	Sozinho	6253200	1	0.99	Peninha	7	190589
216	21	Esse Cara	7217126	1	0.99	Caetano Veloso	7	223111
217	21	Mel	9854062	1	0.99	Caetano Veloso - Waly Salomão	7	294765
218	21	Linha Do Equador	10003747	1	0.99	Caetano Veloso - Djavan	7	299337
219	21	Odara	4704104	1	0.99	Caetano Veloso	7	141270
220	21	A Luz De Tieta	8507446	1	0.99	Caetano Veloso	7	251742
221	21	Atrás Da Verd-E-Rosa Só Não Vai Quem Já Morreu	10364247	1	0.99	David Corrêa - Paulinho Carvalho - Carlos Sena - Bira do Ponto	7	307252
222	21	Vida Boa	9411272	1	0.99	Fausto Nilo - Armandinho	7	281730
223	22	Sozinho (Hitmakers Classic Mix)	14462072	1	0.99	\N	7	436636
224	22	Sozinho (Hitmakers Classic Radio Edit)	6455134	1	0.99	\N	7	195004
225	22	Sozinho (Caêdrum 'n' Bass)	10975007	1	0.99	\N	7	328071
226	23	Carolina	5375395	1	0.99	\N	7	163056
227	23	Essa Moça Ta Diferente	5568574	1	0.99	\N	7	167235
228	23	Vai Passar	12359161	1	0.99	\N	7	369763
229	23	Samba De Orly	5431854	1	0.99	\N	7	162429
230	23	Bye, Bye Brasil	9499590	1	0.99	\N	7	283402
231	23	Atras Da Porta	6132843	1	0.99	\N	7	189675
232	23	Tatuagem	5645703	1	0.99	\N	7	172120
233	23	O Que Será (À Flor Da Terra)	5574848	1	0.99	\N	7	167288
234	23	Morena De Angola	6373932	1	0.99	\N	7	186801
235	23	Apesar De Você	7886937	1	0.99	\N	7	234501
236	23	A Banda	4349539	1	0.99	\N	7	132493
237	23	Minha Historia	6029673	1	0.99	\N	7	182256
238	23	Com Açúcar E Com Afeto	5846442	1	0.99	\N	7	175386
239	23	Brejo Da Cruz	7270749	1	0.99	\N	7	214099
240	23	Meu Caro Amigo	8778172	1	0.99	\N	7	260257
241	23	Geni E O Zepelim	10342226	1	0.99	\N	7	317570
242	23	Trocando Em Miúdos	5461468	1	0.99	\N	7	169717
243	23	Vai Trabalhar Vagabundo	4693941	1	0.99	\N	7	139154
244	23	Gota D'água	5074189	1	0.99	\N	7	153208
245	23	Construção / Deus Lhe Pague	12675305	1	0.99	\N	7	383059
246	24	Mateus Enter	1103013	1	0.99	Chico Science	7	33149
247	24	O Cidadão Do Mundo	6724966	1	0.99	Chico Science	7	200933
248	24	Etnia	5061413	1	0.99	Chico Science	7	152555
249	24	Quilombo Groove [Instrumental]	5042447	1	0.99	Chico Science	7	151823
250	24	Macô	8253934	1	0.99	Chico Science	7	249600
251	24	Um Passeio No Mundo Livre	7984291	1	0.99	Chico Science	7	240091
252	24	Samba Do Lado	7541688	1	0.99	Chico Science	7	227317
253	24	Maracatu Atômico	9670057	1	0.99	Chico Science	7	284264
254	24	O Encontro De Isaac Asimov Com Santos Dumont No Céu	3240816	1	0.99	Chico Science	7	99108
255	24	Corpo De Lama	7714954	1	0.99	Chico Science	7	232672
256	24	Sobremesa	7960868	1	0.99	Chico Science	7	240091
257	24	Manguetown	6475159	1	0.99	Chico Science	7	194560
258	24	Um Satélite Na Cabeça	4272821	1	0.99	Chico Science	7	126615
259	24	Baião Ambiental [Instrumental]	5198539	1	0.99	Chico Science	7	152659
260	24	Sangue De Bairro	4415557	1	0.99	Chico Science	7	132231
261	24	Enquanto O Mundo Explode	2968650	1	0.99	Chico Science	7	88764
262	24	Interlude Zumbi	2408550	1	0.99	Chico Science	7	71627
263	24	Criança De Domingo	6984813	1	0.99	Chico Science	7	208222
264	24	Amor De Muito	5881293	1	0.99	Chico Science	7	175333
265	24	Samidarish [Instrumental]	8911641	1	0.99	Chico Science	7	272431
266	24	Maracatu Atômico [Atomic Version]	9019677	1	0.99	Chico Science	7	273084
267	24	Maracatu Atômico [Ragga Mix]	6986421	1	0.99	Chico Science	7	210155
268	24	Maracatu Atômico [Trip Hop]	7380787	1	0.99	Chico Science	7	221492
269	25	Banditismo Por Uma Questa	10251097	1	0.99	\N	7	307095
270	25	Banditismo Por Uma Questa	8147224	1	0.99	\N	7	243644
271	25	Rios Pontes & Overdrives	9659152	1	0.99	\N	7	286720
272	25	Cidade	7241817	1	0.99	\N	7	216346
273	25	Praiera	6172781	1	0.99	\N	7	183640
274	25	Samba Makossa	9095410	1	0.99	\N	7	271856
275	25	Da Lama Ao Caos	8378065	1	0.99	\N	7	251559
276	25	Maracatu De Tiro Certeiro	2901397	1	0.99	\N	7	88868
277	25	Salustiano Song	7183969	1	0.99	\N	7	215405
278	25	Antene Se	8253618	1	0.99	\N	7	248372
279	25	Risoflora	3536938	1	0.99	\N	7	105586
280	25	Lixo Do Mangue	6534200	1	0.99	\N	7	193253
281	25	Computadores Fazem Arte	13702771	1	0.99	\N	7	404323
282	26	Girassol	8327676	1	0.99	Bino Farias/Da Gama/Lazão/Pedro Luis/Toni Garrido	8	249808
283	26	A Sombra Da Maldade	7697230	1	0.99	Da Gama/Toni Garrido	8	230922
284	26	Johnny B. Goode	8505985	1	0.99	Chuck Berry	8	254615
285	26	Soldado Da Paz	6455080	1	0.99	Herbert Vianna	8	194220
286	26	Firmamento	7402658	1	0.99	Bino Farias/Da Gama/Henry Lawes/Lazão/Toni Garrido/Winston Foser-Vers	8	222145
287	26	Extra	10078050	1	0.99	Gilberto Gil	8	304352
288	26	O Erê	7866924	1	0.99	Bernardo Vilhena/Bino Farias/Da Gama/Lazão/Toni Garrido	8	236382
289	26	Podes Crer	7747747	1	0.99	Bino Farias/Da Gama/Lazão/Toni Garrido	8	232280
290	26	A Estrada	8275673	1	0.99	Bino Farias/Da Gama/Lazão/Toni Garrido	8	248842
291	26	Berlim	6920424	1	0.99	Da Gama/Toni Garrido	8	207542
292	26	Já Foi	7388466	1	0.99	Bino Farias/Da Gama/Lazão/Toni Garrido	8	221544
293	26	Onde Você Mora?	8502588	1	0.99	Marisa Monte/Nando Reis	8	256026
294	26	Pensamento	5748424	1	0.99	Bino Farias/Da Gamma/Lazão/Rás Bernard	8	173008
295	26	Conciliação	8552474	1	0.99	Da Gama/Lazão/Rás Bernardo	8	257619
296	26	Realidade Virtual	6503533	1	0.99	Bino Farias/Da Gama/Lazão/Toni Garrido	8	195239
297	26	Mensagem	7488852	1	0.99	Bino Farias/Da Gama/Lazão/Rás Bernardo	8	225332
298	26	A Cor Do Sol	7663348	1	0.99	Bernardo Vilhena/Da Gama/Lazão	8	231392
299	27	Onde Você Mora?	10056970	1	0.99	Marisa Monte/Nando Reis	8	298396
300	27	O Erê	6950332	1	0.99	Bernardo Vilhena/Bino/Da Gama/Lazao/Toni Garrido	8	206942
301	27	A Sombra Da Maldade	9544383	1	0.99	Da Gama/Toni Garrido	8	285231
302	27	A Estrada	9344477	1	0.99	Da Gama/Lazao/Toni Garrido	8	282174
303	27	Falar A Verdade	8189093	1	0.99	Bino/Da Gama/Ras Bernardo	8	244950
304	27	Firmamento	7507866	1	0.99	Harry Lawes/Winston Foster-Vers	8	225488
305	27	Pensamento	6399761	1	0.99	Bino/Da Gama/Ras Bernardo	8	192391
306	27	Realidade Virtual	8069934	1	0.99	Bino/Da Gamma/Lazao/Toni Garrido	8	240300
307	27	Doutor	5950952	1	0.99	Bino/Da Gama/Toni Garrido	8	178155
308	27	Na Frente Da TV	9633659	1	0.99	Bino/Da Gama/Lazao/Ras Bernardo	8	289750
309	27	Downtown	8024386	1	0.99	Cidade Negra	8	239725
310	27	Sábado A Noite	8895073	1	0.99	Lulu Santos	8	267363
311	27	A Cor Do Sol	9142937	1	0.99	Bernardo Vilhena/Da Gama/Lazao	8	273031
312	27	Eu Também Quero Beijar	7029400	1	0.99	Fausto Nilo/Moraes Moreira/Pepeu Gomes	8	211147
313	28	Noite Do Prazer	10309980	1	0.99	\N	7	311353
314	28	À Francesa	8150846	1	0.99	\N	7	244532
315	28	Cada Um Cada Um (A Namoradeira)	8441034	1	0.99	\N	7	253492
316	28	Linha Do Equador	8123466	1	0.99	\N	7	244715
317	28	Amor Demais	8420093	1	0.99	\N	7	254040
318	28	Férias	8731945	1	0.99	\N	7	264202
319	28	Gostava Tanto De Você	7685326	1	0.99	\N	7	230452
320	28	Flor Do Futuro	9205941	1	0.99	\N	7	275748
321	28	Felicidade Urgente	8873358	1	0.99	\N	7	266605
322	28	Livre Pra Viver	7111596	1	0.99	\N	7	214595
323	29	Dig-Dig, Lambe-Lambe (Ao Vivo)	6892516	1	0.99	Cassiano Costa/Cintia Maviane/J.F./Lucas Costa	9	205479
324	29	Pererê	6643207	1	0.99	Augusto Conceição/Chiclete Com Banana	9	198661
325	29	TriboTchan	6507950	1	0.99	Cal Adan/Paulo Levi	9	194194
326	29	Tapa Aqui, Descobre Ali	6327391	1	0.99	Paulo Levi/W. Rangel	9	188630
327	29	Daniela	7748006	1	0.99	Jorge Cardoso/Pierre Onasis	9	230791
328	29	Bate Lata	7034985	1	0.99	Fábio Nolasco/Gal Sales/Ivan Brasil	9	206733
329	29	Garotas do Brasil	6973625	1	0.99	Garay, Ricardo Engels/Luca Predabom/Ludwig, Carlos Henrique/Maurício Vieira	9	210155
330	29	Levada do Amor (Ailoviu)	6457752	1	0.99	Luiz Wanderley/Paulo Levi	9	190093
331	29	Lavadeira	7254147	1	0.99	Do Vale, Valverde/Gal Oliveira/Luciano Pinto	9	214256
332	29	Reboladeira	7027525	1	0.99	Cal Adan/Ferrugem/Julinho Carioca/Tríona Ní Dhomhnaill	9	210599
333	29	É que Nessa Encarnação Eu Nasci Manga	6568081	1	0.99	Lucina/Luli	9	196519
334	29	Reggae Tchan	6931328	1	0.99	Cal Adan/Del Rey, Tension/Edu Casanova	9	206654
335	29	My Love	6772813	1	0.99	Jauperi/Zeu Góes	9	203493
336	29	Latinha de Cerveja	5532564	1	0.99	Adriano Bernandes/Edmar Neves	9	166687
337	30	You Shook Me	10249958	1	0.99	J B Lenoir/Willie Dixon	1	315951
338	30	I Can't Quit You Baby	8581414	1	0.99	Willie Dixon	1	263836
339	30	Communication Breakdown	6287257	1	0.99	Jimmy Page/John Bonham/John Paul Jones	1	192653
340	30	Dazed and Confused	13035765	1	0.99	Jimmy Page	1	401920
341	30	The Girl I Love She Got Long Black Wavy Hair	5995686	1	0.99	Jimmy Page/John Bonham/John Estes/John Paul Jones/Robert Plant	1	183327
342	30	What is and Should Never Be	8497116	1	0.99	Jimmy Page/Robert Plant	1	260675
343	30	Communication Breakdown(2)	5261022	1	0.99	Jimmy Page/John Bonham/John Paul Jones	1	161149
344	30	Travelling Riverside Blues	10232581	1	0.99	Jimmy Page/Robert Johnson/Robert Plant	1	312032
345	30	Whole Lotta Love	12258175	1	0.99	Jimmy Page/John Bonham/John Paul Jones/Robert Plant/Willie Dixon	1	373394
346	30	Somethin' Else	4165650	1	0.99	Bob Cochran/Sharon Sheeley	1	127869
347	30	Communication Breakdown(3)	6041133	1	0.99	Jimmy Page/John Bonham/John Paul Jones	1	185260
348	30	I Can't Quit You Baby(2)	12377615	1	0.99	Willie Dixon	1	380551
349	30	You Shook Me(2)	20138673	1	0.99	J B Lenoir/Willie Dixon	1	619467
350	30	How Many More Times	23092953	1	0.99	Chester Burnett/Jimmy Page/John Bonham/John Paul Jones/Robert Plant	1	711836
351	31	Debra Kadabra	7649679	1	0.99	Frank Zappa	1	234553
352	31	Carolina Hard-Core Ecstasy	11731061	1	0.99	Frank Zappa	1	359680
353	31	Sam With The Showing Scalp Flat Top	5572993	1	0.99	Don Van Vliet	1	171284
354	31	Poofter's Froth Wyoming Plans Ahead	6007019	1	0.99	Frank Zappa	1	183902
355	31	200 Years Old	8912465	1	0.99	Frank Zappa	1	272561
356	31	Cucamonga	4728586	1	0.99	Frank Zappa	1	144483
357	31	Advance Romance	22080051	1	0.99	Frank Zappa	1	677694
358	31	Man With The Woman Head	2922044	1	0.99	Don Van Vliet	1	88894
359	31	Muffin Man	10891682	1	0.99	Frank Zappa	1	332878
360	32	Vai-Vai 2001	9402241	1	0.99	\N	10	276349
361	32	X-9 2001	9310370	1	0.99	\N	10	273920
362	32	Gavioes 2001	9616640	1	0.99	\N	10	282723
363	32	Nene 2001	9694508	1	0.99	\N	10	284969
364	32	Rosas De Ouro 2001	9721084	1	0.99	\N	10	284342
365	32	Mocidade Alegre 2001	9599937	1	0.99	\N	10	282488
366	32	Camisa Verde 2001	9633755	1	0.99	\N	10	283454
367	32	Leandro De Itaquera 2001	9451845	1	0.99	\N	10	274808
368	32	Tucuruvi 2001	9883335	1	0.99	\N	10	287921
369	32	Aguia De Ouro 2001	9698729	1	0.99	\N	10	284160
370	32	Ipiranga 2001	8522591	1	0.99	\N	10	248293
371	32	Morro Da Casa Verde 2001	9718778	1	0.99	\N	10	284708
372	32	Perola Negra 2001	9619196	1	0.99	\N	10	281626
373	32	Sao Lucas 2001	10020122	1	0.99	\N	10	296254
374	33	Guanabara	8499591	1	0.99	Marcos Valle	7	247614
375	33	Mas Que Nada	8255254	1	0.99	Jorge Ben	7	248398
376	33	Vôo Sobre o Horizonte	7528825	1	0.99	J.r.Bertami/Parana	7	225097
377	33	A Paz	8619173	1	0.99	Donato/Gilberto Gil	7	263183
378	33	Wave (Vou te Contar)	9057557	1	0.99	Antonio Carlos Jobim	7	271647
379	33	Água de Beber	4866476	1	0.99	Antonio Carlos Jobim/Vinicius de Moraes	7	146677
380	33	Samba da Bençaco	9440676	1	0.99	Baden Powell/Vinicius de Moraes	7	282200
381	33	Pode Parar	6046678	1	0.99	Jorge Vercilo/Jota Maranhao	7	179408
382	33	Menino do Rio	8737489	1	0.99	Caetano Veloso	7	262713
383	33	Ando Meio Desligado	6547648	1	0.99	Caetano Veloso	7	195813
384	33	Mistério da Raça	6191752	1	0.99	Luiz Melodia/Ricardo Augusto	7	184320
385	33	All Star	5891697	1	0.99	Nando Reis	7	176326
386	33	Menina Bonita	7938246	1	0.99	Alexandre Brazil/Pedro Luis/Rodrigo Cabelo	7	237087
387	33	Pescador de Ilusões	8267067	1	0.99	Macelo Yuka/O Rappa	7	245524
388	33	À Vontade (Live Mix)	5972430	1	0.99	Bombom/Ed Motta	7	180636
389	33	Maria Fumaça	4743149	1	0.99	Luiz Carlos/Oberdan	7	141008
390	33	Sambassim (dj patife remix)	7243166	1	0.99	Alba Carvalho/Fernando Porto	7	213655
391	34	Garota De Ipanema	9141343	1	0.99	Vários	7	279536
392	34	Tim Tim Por Tim Tim	7143328	1	0.99	Vários	7	213237
393	34	Tarde Em Itapoã	10344491	1	0.99	Vários	7	313704
394	34	Tanto Tempo	5572240	1	0.99	Vários	7	170292
395	34	Eu Vim Da Bahia - Live	5115428	1	0.99	Vários	7	157988
396	34	Alô Alô Marciano	8013065	1	0.99	Vários	7	238106
397	34	Linha Do Horizonte	9275929	1	0.99	Vários	7	279484
398	34	Only A Dream In Rio	12192989	1	0.99	Vários	7	371356
399	34	Abrir A Porta	8991141	1	0.99	Vários	7	271960
400	34	Alice	5594341	1	0.99	Vários	7	165982
\.


--
-- Name: album album_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.album
    ADD CONSTRAINT album_pkey PRIMARY KEY (id);


--
-- Name: artist artist_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.artist
    ADD CONSTRAINT artist_pkey PRIMARY KEY (id);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: employee employee_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee
    ADD CONSTRAINT employee_pkey PRIMARY KEY (id);


--
-- Name: genre genre_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.genre
    ADD CONSTRAINT genre_pkey PRIMARY KEY (id);


--
-- Name: invoice invoice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_pkey PRIMARY KEY (id);


--
-- Name: invoiceline invoiceline_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoiceline
    ADD CONSTRAINT invoiceline_pkey PRIMARY KEY (id);


--
-- Name: mediatype mediatype_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mediatype
    ADD CONSTRAINT mediatype_pkey PRIMARY KEY (id);


--
-- Name: playlist playlist_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_pkey PRIMARY KEY (id);


--
-- Name: playlisttrack playlisttrack_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlisttrack
    ADD CONSTRAINT playlisttrack_pkey PRIMARY KEY (id);


--
-- Name: track track_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.track
    ADD CONSTRAINT track_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict PiiscanQuality

