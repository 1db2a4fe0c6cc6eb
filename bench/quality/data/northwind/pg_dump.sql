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
-- Name: categories; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.categories (
    id bigint NOT NULL,
    description character varying(110),
    name character varying(28)
);


ALTER TABLE public.categories OWNER TO postgres;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id bigint NOT NULL,
    "companyName" character varying(72),
    "contactName" character varying(46),
    "contactTitle" character varying(60),
    street character varying(92),
    city character varying(32),
    region character varying(26),
    "postalCode" character varying(18),
    country character varying(22),
    phone character varying(34),
    "customerKey" character varying(16)
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: orderdetails; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orderdetails (
    "productId" bigint,
    "unitPrice" numeric(12,2),
    quantity bigint,
    discount numeric(12,2),
    id bigint NOT NULL,
    "orderId" bigint
);


ALTER TABLE public.orderdetails OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    "customerId" bigint,
    "orderDate" timestamp without time zone,
    "requiredDate" timestamp without time zone,
    "shippedDate" timestamp without time zone,
    freight numeric(12,2),
    "shipName" character varying(68),
    "customerKey" character varying(16),
    "shipStreet" character varying(92),
    "shipCity" character varying(30),
    "shipRegion" character varying(26),
    "shipPostalCode" character varying(18),
    "shipCountry" character varying(22),
    "shipperId" bigint
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: products; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.products (
    id bigint NOT NULL,
    "supplierId" bigint,
    "categoryId" bigint,
    "quantityPerUnit" character varying(40),
    "unitPrice" numeric(12,2),
    "unitsInStock" bigint,
    "unitsOnOrder" bigint,
    "reorderLevel" bigint,
    discontinued boolean,
    name character varying(64)
);


ALTER TABLE public.products OWNER TO postgres;

--
-- Name: shippers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.shippers (
    id bigint NOT NULL,
    "companyName" character varying(32),
    phone character varying(28)
);


ALTER TABLE public.shippers OWNER TO postgres;

--
-- Name: suppliers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.suppliers (
    id bigint NOT NULL,
    "companyName" character varying(76),
    "contactName" character varying(52),
    "contactTitle" character varying(56),
    street character varying(90),
    city character varying(26),
    region character varying(16),
    "postalCode" character varying(16),
    country character varying(22),
    phone character varying(30)
);


ALTER TABLE public.suppliers OWNER TO postgres;

--
-- Data for Name: categories; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.categories (id, description, name) FROM stdin;
1	Soft drinks coffees teas beers and ales	Beverages
2	Sweet and savory sauces relishes spreads and seasonings	Condiments
3	Desserts candies and sweet breads	Confections
4	Cheeses	Dairy Products
5	Breads crackers pasta and cereal	Grains/Cereals
6	Prepared meats	Meat/Poultry
7	Dried fruit and bean curd	Produce
8	Seaweed and fish	Seafood
\.


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers (id, "companyName", "contactName", "contactTitle", street, city, region, "postalCode", country, phone, "customerKey") FROM stdin;
1	ALFREDS FUTTERKISTE	Maria Anders	Sales Representative	Obere Str. 57	Berlin	\N	12209	Germany	030-0074321	ALFKI
2	ANA TRUJILLO EMPAREDADOS Y HELADOS	Ana Trujillo	Owner	Avda. de la Constitución 2222	México D.F.	\N	5021	Mexico	(5) 555-4729	ANATR
3	ANTONIO MORENO TAQUERÍA	Antonio Moreno	Owner	Mataderos  2312	México D.F.	\N	5023	Mexico	(5) 555-3932	ANTON
4	AROUND THE HORN	Thomas Hardy	Sales Representative	120 Hanover Sq.	London	\N	WA1 1DP	UK	(171) 555-7788	AROUT
5	BERGLUNDS SNABBKÖP	Christina Berglund	Order Administrator	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	0921-12 34 65	BERGS
6	BLAUER SEE DELIKATESSEN	Hanna Moos	Sales Representative	Forsterstr. 57	Mannheim	\N	68306	Germany	0621-08460	BLAUS
7	BLONDESDDSL PÈRE ET FILS	Frédérique Citeaux	Marketing Manager	24 place Kléber	Strasbourg	\N	67000	France	88.60.15.31	BLONP
8	BÓLIDO COMIDAS PREPARADAS	Martín Sommer	Owner	67C Araquil	Madrid	\N	28023	Spain	(91) 555 22 82	BOLId
9	BON APP'	Laurence Lebihan	Owner	12 rue des Bouchers	Marseille	\N	13008	France	91.24.45.40	BONAP
10	BOTTOM-DOLLAR MARKETS	Elizabeth Lincoln	Accounting Manager	23 Tsawassen Blvd.	Tsawassen	BC	T2F 8M4	Canada	(604) 555-4729	BOTTM
11	B'S BEVERAGES	Victoria Ashworth	Sales Representative	Fauntleroy Circus	London	\N	EC2 5NT	UK	(171) 555-1212	BSBEV
12	CACTUS COMIDAS PARA LLEVAR	Patricio Simpson	Sales Agent	Cerrito 333	Buenos Aires	\N	1010	Argentina	(1) 135-5555	CACTU
13	CENTRO COMERCIAL MOCTEZUMA	Francisco Chang	Marketing Manager	Sierras de Granada 9993	México D.F.	\N	5022	Mexico	(5) 555-3392	CENTC
14	CHOP-SUEY CHINESE	Yang Wang	Owner	Hauptstr. 29	Bern	\N	3012	Switzerland	0452-076545	CHOPS
15	COMÉRCIO MINEIRO	Pedro Afonso	Sales Associate	23 Av. dos Lusíadas	Sao Paulo	SP	05432-043	Brazil	(11) 555-7647	COMMI
16	CONSOLIDATED HOLDINGS	Elizabeth Brown	Sales Representative	Berkeley Gardens 12  Brewery	London	\N	WX1 6LT	UK	(171) 555-2282	CONSH
17	DRACHENBLUT DELIKATESSEN	Sven Ottlieb	Order Administrator	Walserweg 21	Aachen	\N	52066	Germany	0241-039123	DRACD
18	DU MONDE ENTIER	Janine Labrune	Owner	67 rue des Cinquante Otages	Nantes	\N	44000	France	40.67.88.88	DUMON
19	EASTERN CONNECTION	Ann Devon	Sales Agent	35 King George	London	\N	WX3 6FW	UK	(171) 555-0297	EASTC
20	ERNST HANDEL	Roland Mendel	Sales Manager	Kirchgasse 6	Graz	\N	8010	Austria	7675-3425	ERNSH
21	FAMILIA ARQUIBALDO	Aria Cruz	Marketing Assistant	Rua Orós 92	Sao Paulo	SP	05442-030	Brazil	(11) 555-9857	FAMIA
22	FISSA FABRICA INTER. SALCHICHAS S.A.	Diego Roel	Accounting Manager	C/ Moralzarzal 86	Madrid	\N	28034	Spain	(91) 555 94 44	FISSA
23	FOLIES GOURMANDES	Martine Rancé	Assistant Sales Agent	184 chaussée de Tournai	Lille	\N	59000	France	20.16.10.16	FOLIG
24	FOLK OCH FÄ HB	Maria Larsson	Owner	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	0695-34 67 21	FOLKO
25	FRANKENVERSAND	Peter Franken	Marketing Manager	Berliner Platz 43	München	\N	80805	Germany	089-0877310	FRANK
26	FRANCE RESTAURATION	Carine Schmitt	Marketing Manager	54 rue Royale	Nantes	\N	44000	France	40.32.21.21	FRANR
27	FRANCHI S.P.A.	Paolo Accorti	Sales Representative	Via Monte Bianco 34	Torino	\N	10100	Italy	011-4988260	FRANS
28	FURIA BACALHAU E FRUTOS DO MAR	Lino Rodriguez	Sales Manager	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	(1) 354-2534	FURIB
29	GALERÍA DEL GASTRÓNOMO	Eduardo Saavedra	Marketing Manager	Rambla de Cataluña 23	Barcelona	\N	8022	Spain	(93) 203 4560	GALED
30	GODOS COCINA TÍPICA	José Pedro Freyre	Sales Manager	C/ Romero 33	Sevilla	\N	41101	Spain	(95) 555 82 82	GODOS
31	GOURMET LANCHONETES	André Fonseca	Sales Associate	Av. Brasil 442	Campinas	SP	04876-786	Brazil	(11) 555-9482	GOURL
32	GREAT LAKES FOOD MARKET	Howard Snyder	Marketing Manager	2732 Baker Blvd.	Eugene	OR	97403	USA	(503) 555-7555	GREAL
33	GROSELLA-RESTAURANTE	Manuel Pereira	Owner	5ª Ave. Los Palos Grandes	Caracas	DF	1081	Venezuela	(2) 283-2951	GROSR
34	HANARI CARNES	Mario Pontes	Accounting Manager	Rua do Paço 67	Rio de Janeiro	RJ	05454-876	Brazil	(21) 555-0091	HANAR
35	HILARION-ABASTOS	Carlos Hernández	Sales Representative	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	(5) 555-1340	HILAA
36	HUNGRY COYOTE IMPORT STORE	Yoshi Latimer	Sales Representative	City Center Plaza 516 Main St.	Elgin	OR	97827	USA	(503) 555-6874	HUNGC
37	HUNGRY OWL ALL-NIGHT GROCERS	Patricia McKenna	Sales Associate	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	2967 542	HUNGO
38	ISLAND TRADING	Helen Bennett	Marketing Manager	Garden House Crowther Way	Cowes	Isle of Wight	PO31 7PJ	UK	(198) 555-8888	ISLAT
39	KÖNIGLICH ESSEN	Philip Cramer	Sales Associate	Maubelstr. 90	Brandenburg	\N	14776	Germany	0555-09876	KOENE
40	LA CORNE D'ABONDANCE	Daniel Tonini	Sales Representative	67 avenue de l'Europe	Versailles	\N	78000	France	30.59.84.10	LACOR
41	LA MAISON D'ASIE	Annette Roulet	Sales Manager	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	61.77.61.10	LAMAI
42	LAUGHING BACCHUS WINE CELLARS	Yoshi Tannamuri	Marketing Assistant	1900 Oak St.	Vancouver	BC	V3F 2K1	Canada	(604) 555-3392	LAUGB
43	LAZY K KOUNTRY STORE	John Steel	Marketing Manager	12 Orchestra Terrace	Walla Walla	WA	99362	USA	(509) 555-7969	LAZYK
44	LEHMANNS MARKTSTAND	Renate Messner	Sales Representative	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	069-0245984	LEHMS
45	LET'S STOP N SHOP	Jaime Yorres	Owner	87 Polk St. Suite 5	San Francisco	CA	94117	USA	(415) 555-5938	LETSS
46	LILA-SUPERMERCADO	Carlos González	Accounting Manager	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	(9) 331-6954	LILAS
47	LINO-DELICATESES	Felipe Izquierdo	Owner	Ave. 5 de Mayo Porlamar	I. de Margarita	Nueva Esparta	4980	Venezuela	(8) 34-56-12	LINOD
48	LONESOME PINE RESTAURANT	Fran Wilson	Sales Manager	89 Chiaroscuro Rd.	Portland	OR	97219	USA	(503) 555-9573	LONEP
49	MAGAZZINI ALIMENTARI RIUNITI	Giovanni Rovelli	Marketing Manager	Via Ludovico il Moro 22	Bergamo	\N	24100	Italy	035-640230	MAGAA
50	MAISON DEWEY	Catherine Dewey	Sales Agent	Rue Joseph-Bens 532	Bruxelles	\N	B-1180	Belgium	(02) 201 24 67	MAISD
51	MÈRE PAILLARDE	Jean Fresnière	Marketing Assistant	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	(514) 555-8054	MEREP
52	MORGENSTERN GESUNDKOST	Alexander Feuer	Marketing Assistant	Heerstr. 22	Leipzig	\N	4179	Germany	0342-023176	MORGK
53	NORTH/SOUTH	Simon Crowther	Sales Associate	South House 300 Queensbridge	London	\N	SW7 1RZ	UK	(171) 555-7733	NORTS
54	OCÉANO ATLÁNTICO LTDA.	Yvonne Moncada	Sales Agent	Ing. Gustavo Moncada 8585 Piso 20-A	Buenos Aires	\N	1010	Argentina	(1) 135-5333	OCEAN
55	OLD WORLD DELICATESSEN	Rene Phillips	Sales Representative	2743 Bering St.	Anchorage	AK	99508	USA	(907) 555-7584	OLDWO
56	OTTILIES KÄSELADEN	Henriette Pfalzheim	Owner	Mehrheimerstr. 369	Köln	\N	50739	Germany	0221-0644327	OTTIK
57	PARIS SPÉCIALITÉS	Marie Bertrand	Owner	265 boulevard Charonne	Paris	\N	75012	France	(1) 42.34.22.66	PARIS
58	PERICLES COMIDAS CLÁSICAS	Guillermo Fernández	Sales Representative	Calle Dr. Jorge Cash 321	México D.F.	\N	5033	Mexico	(5) 552-3745	PERIC
59	PICCOLO UND MEHR	Georg Pipps	Sales Manager	Geislweg 14	Salzburg	\N	5020	Austria	6562-9722	PICCO
60	PRINCESA ISABEL VINHOS	Isabel de Castro	Sales Representative	Estrada da saúde n. 58	Lisboa	\N	1756	Portugal	(1) 356-5634	PRINI
61	QUE DELÍCIA	Bernardo Batista	Accounting Manager	Rua da Panificadora	12Rio de Janeiro	RJ	02389-673	Brazil	(21) 555-4252	QUEDE
62	QUEEN COZINHA	Lúcia Carvalho	Marketing Assistant	Alameda dos Canàrios 891	Sao Paulo	SP	05487-020	Brazil	(11) 555-1189	QUEEN
63	QUICK-STOP	Horst Kloss	Accounting Manager	Taucherstraße 10	Cunewalde	\N	1307	Germany	0372-035188	QUICK
64	RANCHO GRANDE	Sergio Gutiérrez	Sales Representative	Av. del Libertador 900	Buenos Aires	\N	1010	Argentina	(1) 123-5555	RANCH
65	RATTLESNAKE CANYON GROCERY	Paula Wilson	Assistant Sales Representative	2817 Milton Dr.	Albuquerque	NM	87110	USA	(505) 555-5939	RATTC
66	REGGIANI CASEIFICI	Maurizio Moroni	Sales Associate	Strada Provinciale 124	Reggio Emilia	\N	42100	Italy	0522-556721	REGGC
67	RICARDO ADOCICADOS	Janete Limeira	Assistant Sales Agent	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	(21) 555-3412	RICAR
68	RICHTER SUPERMARKT	Michael Holz	Sales Manager	Grenzacherweg 237	Genève	\N	1203	Switzerland	0897-034214	RICSU
69	ROMERO Y TOMILLO	Alejandra Camino	Accounting Manager	Gran Vía 1	Madrid	\N	28001	Spain	(91) 745 6200	ROMEY
70	SANTÉ GOURMET	Jonas Bergulfsen	Owner	Erling Skakkes gate 78	Stavern	\N	4110	Norway	07-98 92 35	SANTG
71	SAVE-A-LOT MARKETS	Jose Pavarotti	Sales Representative	187 Suffolk Ln.	Boise	Id	83720	USA	(208) 555-8097	SAVEA
72	SEVEN SEAS IMPORTS	Hari Kumar	Sales Manager	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	(171) 555-1717	SEVES
73	SIMONS BISTRO	Jytte Petersen	Owner	Vinbæltet 34	Kobenhavn	\N	1734	Denmark	31 12 34 56	SIMOB
74	SPÉCIALITÉS DU MONDE	Dominique Perrier	Marketing Manager	25 rue Lauriston	Paris	\N	75016	France	(1) 47.55.60.10	SPECD
75	SPLIT RAIL BEER & ALE	Art Braunschweiger	Sales Manager	P.O. Box 555	Lander	WY	82520	USA	(307) 555-4680	SPLIR
76	SUPRÊMES DÉLICES	Pascale Cartrain	Accounting Manager	Boulevard Tirou 255	Charleroi	\N	B-6000	Belgium	(071) 23 67 22 20	SUPRD
77	THE BIG CHEESE	Liz Nixon	Marketing Manager	89 Jefferson Way Suite 2	Portland	OR	97201	USA	(503) 555-3612	THEBI
78	THE CRACKER BOX	Liu Wong	Marketing Assistant	55 Grizzly Peak Rd.	Butte	MT	59801	USA	(406) 555-5834	THECR
79	TOMS SPEZIALITÄTEN	Karin Josephs	Marketing Manager	Luisenstr. 48	Münster	\N	44087	Germany	0251-031259	TOMSP
80	TORTUGA RESTAURANTE	Miguel Angel Paolino	Owner	Avda. Azteca 123	México D.F.	\N	5033	Mexico	(5) 555-2933	TORTU
81	TRADIÇÃO HIPERMERCADOS	Anabela Domingues	Sales Representative	Av. Inês de Castro 414	Sao Paulo	SP	05634-030	Brazil	(11) 555-2167	TRADH
82	TRAIL'S HEAD GOURMET PROVISIONERS	Helvetius Nagy	Sales Associate	722 DaVinci Blvd.	Kirkland	WA	98034	USA	(206) 555-8257	TRAIH
83	VAFFELJERNET	Palle Ibsen	Sales Manager	Smagsloget 45	Århus	\N	8200	Denmark	86 21 32 43	VAFFE
84	VICTUAILLES EN STOCK	Mary Saveley	Sales Agent	2 rue du Commerce	Lyon	\N	69004	France	78.32.54.86	VICTE
85	VINS ET ALCOOLS CHEVALIER	Paul Henriot	Accounting Manager	59 rue de l'Abbaye	Reims	\N	51100	France	26.47.15.10	VINET
86	DIE WANDERNDE KUH	Rita Müller	Sales Representative	Adenauerallee 900	Stuttgart	\N	70563	Germany	0711-020361	WANDK
87	WARTIAN HERKKU	Pirkko Koskitalo	Accounting Manager	Torikatu 38	Oulu	\N	90110	Finland	981-443655	WARTH
88	WELLINGTON IMPORTADORA	Paula Parente	Sales Manager	Rua do Mercado 12	Resende	SP	08737-363	Brazil	(14) 555-8122	WELLI
89	WHITE CLOVER MARKETS	Karl Jablonski	Owner	305 - 14th Ave. S. Suite 3B	Seattle	WA	98128	USA	(206) 555-4112	WHITC
90	WILMAN KALA	Matti Karttunen	Owner/Marketing Assistant	Keskuskatu 45	Helsinki	\N	21240	Finland	90-224 8858	WILMK
91	WOLSKI  ZAJAZD	Zbyszek Piestrzeniewicz	Owner	ul. Filtrowa 68	Warszawa	\N	01-012	Poland	(26) 642-7012	WOLZA
\.


--
-- Data for Name: orderdetails; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.orderdetails ("productId", "unitPrice", quantity, discount, id, "orderId") FROM stdin;
11	14.00	12	0.00	1	10248
42	9.80	10	0.00	2	10248
72	34.80	5	0.00	3	10248
14	18.60	9	0.00	4	10249
51	42.40	40	0.00	5	10249
41	7.70	10	0.00	6	10250
51	42.40	35	0.15	7	10250
65	16.80	15	0.15	8	10250
22	16.80	6	0.05	9	10251
57	15.60	15	0.05	10	10251
65	16.80	20	0.00	11	10251
20	64.80	40	0.05	12	10252
33	2.00	25	0.05	13	10252
60	27.20	40	0.00	14	10252
31	10.00	20	0.00	15	10253
39	14.40	42	0.00	16	10253
49	16.00	40	0.00	17	10253
24	3.60	15	0.15	18	10254
55	19.20	21	0.15	19	10254
74	8.00	21	0.00	20	10254
2	15.20	20	0.00	21	10255
16	13.90	35	0.00	22	10255
36	15.20	25	0.00	23	10255
59	44.00	30	0.00	24	10255
53	26.20	15	0.00	25	10256
77	10.40	12	0.00	26	10256
39	14.40	6	0.00	27	10257
27	35.10	25	0.00	28	10257
77	10.40	15	0.00	29	10257
2	15.20	50	0.20	30	10258
5	17.00	65	0.20	31	10258
32	25.60	6	0.20	32	10258
21	8.00	10	0.00	33	10259
37	20.80	1	0.00	34	10259
41	7.70	16	0.25	35	10260
57	15.60	50	0.00	36	10260
62	39.40	15	0.25	37	10260
70	12.00	21	0.25	38	10260
21	8.00	20	0.00	39	10261
35	14.40	20	0.00	40	10261
5	17.00	12	0.20	41	10262
7	24.00	15	0.00	42	10262
56	30.40	2	0.00	43	10262
16	13.90	60	0.25	44	10263
24	3.60	28	0.00	45	10263
30	20.70	60	0.25	46	10263
74	8.00	36	0.25	47	10263
2	15.20	35	0.00	48	10264
41	7.70	25	0.15	49	10264
17	31.20	30	0.00	50	10265
70	12.00	20	0.00	51	10265
12	30.40	12	0.05	52	10266
40	14.70	50	0.00	53	10267
76	14.40	15	0.15	54	10267
59	44.00	70	0.15	55	10267
29	99.00	10	0.00	56	10268
72	27.80	4	0.00	57	10268
33	2.00	60	0.05	58	10269
72	27.80	20	0.05	59	10269
36	15.20	30	0.00	60	10270
43	36.80	25	0.00	61	10270
33	2.00	24	0.00	62	10271
72	27.80	24	0.00	63	10272
31	10.00	40	0.00	64	10272
20	64.80	6	0.00	65	10272
31	10.00	15	0.05	66	10273
40	14.70	60	0.05	67	10273
76	14.40	33	0.05	68	10273
10	24.80	24	0.05	69	10273
33	2.00	20	0.00	70	10273
71	17.20	20	0.00	71	10274
72	27.80	7	0.00	72	10274
24	3.60	12	0.05	73	10275
59	44.00	6	0.05	74	10275
10	24.80	15	0.00	75	10276
13	4.80	10	0.00	76	10276
62	39.40	12	0.00	77	10277
28	36.40	20	0.00	78	10277
73	12.00	25	0.00	79	10278
59	44.00	15	0.00	80	10278
63	35.10	8	0.00	81	10278
44	15.50	16	0.00	82	10278
17	31.20	15	0.25	83	10279
24	3.60	12	0.00	84	10280
55	19.20	20	0.00	85	10280
75	6.20	30	0.00	86	10280
19	7.30	1	0.00	87	10281
24	3.60	6	0.00	88	10281
35	14.40	4	0.00	89	10281
30	20.70	6	0.00	90	10282
57	15.60	2	0.00	91	10282
15	12.40	20	0.00	92	10283
19	7.30	18	0.00	93	10283
72	27.80	3	0.00	94	10283
60	27.20	35	0.00	95	10283
27	35.10	15	0.25	96	10284
44	15.50	21	0.00	97	10284
60	27.20	20	0.25	98	10284
67	11.20	5	0.25	99	10284
1	14.40	45	0.20	100	10285
40	14.70	40	0.20	101	10285
53	26.20	36	0.20	102	10285
35	14.40	100	0.00	103	10286
62	39.40	40	0.00	104	10286
16	13.90	40	0.15	105	10287
34	11.20	20	0.00	106	10287
46	9.60	15	0.15	107	10287
54	5.90	10	0.10	108	10288
68	10.00	3	0.10	109	10288
3	8.00	30	0.00	110	10289
64	26.60	9	0.00	111	10289
5	17.00	20	0.00	112	10290
29	99.00	15	0.00	113	10290
49	16.00	15	0.00	114	10290
77	10.40	10	0.00	115	10290
13	4.80	20	0.10	116	10291
44	15.50	24	0.10	117	10291
51	42.40	2	0.10	118	10291
20	64.80	20	0.00	119	10292
18	50.00	12	0.00	120	10293
63	35.10	5	0.00	121	10293
24	3.60	10	0.00	122	10293
75	6.20	6	0.00	123	10293
1	14.40	18	0.00	124	10294
17	31.20	15	0.00	125	10294
43	36.80	15	0.00	126	10294
60	27.20	21	0.00	127	10294
75	6.20	6	0.00	128	10294
56	30.40	4	0.00	129	10295
11	16.80	12	0.00	130	10296
16	13.90	30	0.00	131	10296
69	28.80	15	0.00	132	10296
39	14.40	60	0.00	133	10297
72	27.80	20	0.00	134	10297
2	15.20	40	0.00	135	10298
36	15.20	40	0.25	136	10298
59	44.00	30	0.25	137	10298
62	39.40	15	0.00	138	10298
19	7.30	15	0.00	139	10299
70	12.00	20	0.00	140	10299
66	13.60	30	0.00	141	10300
68	10.00	20	0.00	142	10300
40	14.70	10	0.00	143	10301
56	30.40	20	0.00	144	10301
17	31.20	40	0.00	145	10302
28	36.40	28	0.00	146	10302
43	36.80	12	0.00	147	10302
40	14.70	40	0.10	148	10303
65	16.80	30	0.10	149	10303
68	10.00	15	0.10	150	10303
49	16.00	30	0.00	151	10304
59	44.00	10	0.00	152	10304
71	17.20	2	0.00	153	10304
29	99.00	25	0.10	154	10305
39	14.40	30	0.10	155	10305
18	50.00	25	0.10	156	10305
30	20.70	10	0.00	157	10306
53	26.20	10	0.00	158	10306
54	5.90	5	0.00	159	10306
62	39.40	10	0.00	160	10307
68	10.00	3	0.00	161	10307
69	28.80	1	0.00	162	10308
70	12.00	5	0.00	163	10308
4	17.60	20	0.00	164	10309
6	20.00	30	0.00	165	10309
42	11.20	2	0.00	166	10309
43	36.80	20	0.00	167	10309
71	17.20	3	0.00	168	10309
16	13.90	10	0.00	169	10310
62	39.40	5	0.00	170	10310
42	11.20	6	0.00	171	10311
69	28.80	7	0.00	172	10311
43	36.80	24	0.00	173	10312
53	26.20	20	0.00	174	10312
75	6.20	10	0.00	175	10312
28	36.40	4	0.00	176	10312
36	15.20	12	0.00	177	10313
32	25.60	40	0.10	178	10314
58	10.60	30	0.10	179	10314
62	39.40	25	0.10	180	10314
34	11.20	14	0.00	181	10315
70	12.00	30	0.00	182	10315
62	39.40	70	0.00	183	10316
41	7.70	10	0.00	184	10316
1	14.40	20	0.00	185	10317
41	7.70	20	0.00	186	10318
76	14.40	6	0.00	187	10318
17	31.20	8	0.00	188	10319
28	36.40	14	0.00	189	10319
76	14.40	30	0.00	190	10319
71	17.20	30	0.00	191	10320
35	14.40	10	0.00	192	10321
52	5.60	20	0.00	193	10322
15	12.40	5	0.00	194	10323
25	11.20	4	0.00	195	10323
39	14.40	4	0.00	196	10323
35	14.40	70	0.15	197	10324
46	9.60	30	0.00	198	10324
16	13.90	21	0.15	199	10324
63	35.10	80	0.15	200	10324
59	44.00	40	0.15	201	10324
13	4.80	12	0.00	202	10325
14	18.60	9	0.00	203	10325
31	10.00	4	0.00	204	10325
72	27.80	40	0.00	205	10325
6	20.00	6	0.00	206	10325
4	17.60	24	0.00	207	10326
57	15.60	16	0.00	208	10326
75	6.20	50	0.00	209	10326
2	15.20	25	0.20	210	10327
11	16.80	50	0.20	211	10327
30	20.70	35	0.20	212	10327
58	10.60	30	0.20	213	10327
59	44.00	9	0.00	214	10328
65	16.80	40	0.00	215	10328
68	10.00	10	0.00	216	10328
19	7.30	10	0.05	217	10329
30	20.70	8	0.05	218	10329
38	210.80	20	0.05	219	10329
56	30.40	12	0.05	220	10329
72	27.80	25	0.15	221	10330
26	24.90	50	0.15	222	10330
54	5.90	15	0.00	223	10331
18	50.00	40	0.20	224	10332
42	11.20	10	0.20	225	10332
47	7.60	16	0.20	226	10332
14	18.60	10	0.00	227	10333
21	8.00	10	0.10	228	10333
71	17.20	40	0.10	229	10333
68	10.00	10	0.00	230	10334
52	5.60	8	0.00	231	10334
31	10.00	25	0.20	232	10335
32	25.60	6	0.20	233	10335
51	42.40	48	0.20	234	10335
2	15.20	7	0.20	235	10335
4	17.60	18	0.10	236	10336
23	7.20	40	0.00	237	10337
26	24.90	24	0.00	238	10337
36	15.20	20	0.00	239	10337
37	20.80	28	0.00	240	10337
72	27.80	25	0.00	241	10337
17	31.20	20	0.00	242	10338
30	20.70	15	0.00	243	10338
4	17.60	10	0.00	244	10339
17	31.20	70	0.05	245	10339
62	39.40	28	0.00	246	10339
18	50.00	20	0.05	247	10340
41	7.70	12	0.05	248	10340
43	36.80	40	0.05	249	10340
33	2.00	8	0.00	250	10341
59	44.00	9	0.15	251	10341
2	15.20	24	0.20	252	10342
31	10.00	56	0.20	253	10342
36	15.20	40	0.20	254	10342
55	19.20	40	0.20	255	10342
68	10.00	4	0.05	256	10343
76	14.40	15	0.00	257	10343
64	26.60	50	0.00	258	10343
4	17.60	35	0.00	259	10344
8	32.00	70	0.25	260	10344
8	32.00	70	0.00	261	10345
19	7.30	80	0.00	262	10345
42	11.20	9	0.00	263	10345
17	31.20	36	0.10	264	10346
56	30.40	20	0.00	265	10346
25	11.20	10	0.00	266	10347
39	14.40	50	0.15	267	10347
40	14.70	4	0.00	268	10347
75	6.20	6	0.15	269	10347
1	14.40	15	0.15	270	10348
23	7.20	25	0.00	271	10348
54	5.90	24	0.00	272	10349
50	13.00	15	0.10	273	10350
69	28.80	18	0.10	274	10350
38	210.80	20	0.05	275	10351
41	7.70	13	0.00	276	10351
44	15.50	77	0.05	277	10351
65	16.80	10	0.05	278	10351
24	3.60	10	0.00	279	10352
54	5.90	20	0.15	280	10352
11	16.80	12	0.20	281	10353
38	210.80	50	0.20	282	10353
1	14.40	12	0.00	283	10354
29	99.00	4	0.00	284	10354
24	3.60	25	0.00	285	10355
57	15.60	25	0.00	286	10355
31	10.00	30	0.00	287	10356
55	19.20	12	0.00	288	10356
69	28.80	20	0.00	289	10356
10	24.80	30	0.20	290	10357
26	24.90	16	0.00	291	10357
60	27.20	8	0.20	292	10357
24	3.60	10	0.05	293	10358
34	11.20	10	0.05	294	10358
36	15.20	20	0.05	295	10358
16	13.90	56	0.05	296	10359
31	10.00	70	0.05	297	10359
60	27.20	80	0.05	298	10359
28	36.40	30	0.00	299	10360
29	99.00	35	0.00	300	10360
38	210.80	10	0.00	301	10360
49	16.00	35	0.00	302	10360
54	5.90	28	0.00	303	10360
39	14.40	54	0.10	304	10361
60	27.20	55	0.10	305	10361
25	11.20	50	0.00	306	10362
51	42.40	20	0.00	307	10362
54	5.90	24	0.00	308	10362
75	6.20	12	0.00	309	10363
76	14.40	12	0.00	310	10363
31	10.00	20	0.00	311	10363
69	28.80	30	0.00	312	10364
71	17.20	5	0.00	313	10364
11	16.80	24	0.00	314	10365
65	16.80	5	0.00	315	10366
77	10.40	5	0.00	316	10366
34	11.20	36	0.00	317	10367
54	5.90	18	0.00	318	10367
65	16.80	15	0.00	319	10367
77	10.40	7	0.00	320	10367
21	8.00	5	0.10	321	10368
28	36.40	13	0.10	322	10368
57	15.60	25	0.00	323	10368
64	26.60	35	0.10	324	10368
29	99.00	20	0.00	325	10369
56	30.40	18	0.25	326	10369
1	14.40	15	0.15	327	10370
64	26.60	30	0.00	328	10370
74	8.00	20	0.15	329	10370
36	15.20	6	0.20	330	10371
20	64.80	12	0.25	331	10372
38	210.80	40	0.25	332	10372
60	27.20	70	0.25	333	10372
72	27.80	42	0.25	334	10372
58	10.60	80	0.20	335	10373
71	17.20	50	0.20	336	10373
31	10.00	30	0.00	337	10374
58	10.60	15	0.00	338	10374
14	18.60	15	0.00	339	10375
54	5.90	10	0.00	340	10375
31	10.00	42	0.05	341	10376
28	36.40	20	0.15	342	10377
39	14.40	20	0.15	343	10377
71	17.20	6	0.00	344	10378
41	7.70	8	0.10	345	10379
63	35.10	16	0.10	346	10379
65	16.80	20	0.10	347	10379
30	20.70	18	0.10	348	10380
60	27.20	6	0.10	349	10380
70	12.00	30	0.00	350	10380
53	26.20	20	0.10	351	10380
74	8.00	14	0.00	352	10381
29	99.00	14	0.00	353	10382
33	2.00	60	0.00	354	10382
74	8.00	50	0.00	355	10382
5	17.00	32	0.00	356	10382
18	50.00	9	0.00	357	10382
13	4.80	20	0.00	358	10383
50	13.00	15	0.00	359	10383
56	30.40	20	0.00	360	10383
60	27.20	15	0.00	361	10384
20	64.80	28	0.00	362	10384
7	24.00	10	0.20	363	10385
60	27.20	20	0.20	364	10385
68	10.00	8	0.20	365	10385
24	3.60	15	0.00	366	10386
34	11.20	10	0.00	367	10386
24	3.60	15	0.00	368	10387
28	36.40	6	0.00	369	10387
59	44.00	12	0.00	370	10387
71	17.20	15	0.00	371	10387
45	7.60	15	0.20	372	10388
52	5.60	20	0.20	373	10388
53	26.20	40	0.00	374	10388
10	24.80	16	0.00	375	10389
55	19.20	15	0.00	376	10389
62	39.40	20	0.00	377	10389
70	12.00	30	0.00	378	10389
31	10.00	60	0.10	379	10390
35	14.40	40	0.10	380	10390
46	9.60	45	0.00	381	10390
72	27.80	24	0.10	382	10390
13	4.80	18	0.00	383	10391
69	28.80	50	0.00	384	10392
26	24.90	70	0.25	385	10393
31	10.00	32	0.00	386	10393
25	11.20	7	0.25	387	10393
2	15.20	25	0.25	388	10393
14	18.60	42	0.25	389	10393
13	4.80	10	0.00	390	10394
62	39.40	10	0.00	391	10394
46	9.60	28	0.10	392	10395
69	28.80	8	0.00	393	10395
53	26.20	70	0.10	394	10395
23	7.20	40	0.00	395	10396
71	17.20	60	0.00	396	10396
72	27.80	21	0.00	397	10396
21	8.00	10	0.15	398	10397
51	42.40	18	0.15	399	10397
35	14.40	30	0.00	400	10398
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.orders (id, "customerId", "orderDate", "requiredDate", "shippedDate", freight, "shipName", "customerKey", "shipStreet", "shipCity", "shipRegion", "shipPostalCode", "shipCountry", "shipperId") FROM stdin;
10248	85	1996-07-04 00:00:00	1996-08-01 00:00:00	1996-07-16 00:00:00	32.38	Vins et alcools Chevalier	VINET	59 rue de l'Abbaye	Reims	\N	51100	France	3
10249	79	1996-07-05 00:00:00	1996-08-16 00:00:00	1996-07-10 00:00:00	11.61	Toms Spezialitäten	TOMSP	Luisenstr. 48	Münster	\N	44087	Germany	1
10250	34	1996-07-08 00:00:00	1996-08-05 00:00:00	1996-07-12 00:00:00	65.83	Hanari Carnes	HANAR	Rua do Paço 67	Rio de Janeiro	RJ	05454-876	Brazil	2
10251	84	1996-07-08 00:00:00	1996-08-05 00:00:00	1996-07-15 00:00:00	41.34	Victuailles en stock	VICTE	2 rue du Commerce	Lyon	\N	69004	France	1
10252	76	1996-07-09 00:00:00	1996-08-06 00:00:00	1996-07-11 00:00:00	51.30	Suprêmes délices	SUPRD	Boulevard Tirou 255	Charleroi	\N	B-6000	Belgium	2
10253	34	1996-07-10 00:00:00	1996-07-24 00:00:00	1996-07-16 00:00:00	58.17	Hanari Carnes	HANAR	Rua do Paço 67	Rio de Janeiro	RJ	05454-876	Brazil	2
10254	14	1996-07-11 00:00:00	1996-08-08 00:00:00	1996-07-23 00:00:00	22.98	Chop-suey Chinese	CHOPS	Hauptstr. 31	Bern	\N	3012	Switzerland	2
10255	68	1996-07-12 00:00:00	1996-08-09 00:00:00	1996-07-15 00:00:00	148.33	Richter Supermarkt	RICSU	Starenweg 5	Genève	\N	1204	Switzerland	3
10256	88	1996-07-15 00:00:00	1996-08-12 00:00:00	1996-07-17 00:00:00	13.97	Wellington Importadora	WELLI	Rua do Mercado 12	Resende	SP	08737-363	Brazil	2
10257	35	1996-07-16 00:00:00	1996-08-13 00:00:00	1996-07-22 00:00:00	81.91	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	3
10258	20	1996-07-17 00:00:00	1996-08-14 00:00:00	1996-07-23 00:00:00	140.51	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	1
10259	13	1996-07-18 00:00:00	1996-08-15 00:00:00	1996-07-25 00:00:00	3.25	Centro comercial Moctezuma	CENTC	Sierras de Granada 9993	México D.F.	\N	5022	Mexico	3
10260	56	1996-07-19 00:00:00	1996-08-16 00:00:00	1996-07-29 00:00:00	55.09	Ottilies Käseladen	OTTIK	Mehrheimerstr. 369	Köln	\N	50739	Germany	1
10261	61	1996-07-19 00:00:00	1996-08-16 00:00:00	1996-07-30 00:00:00	3.05	Que Delícia	QUEDE	Rua da Panificadora 12	Rio de Janeiro	RJ	02389-673	Brazil	2
10262	65	1996-07-22 00:00:00	1996-08-19 00:00:00	1996-07-25 00:00:00	48.29	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	3
10263	20	1996-07-23 00:00:00	1996-08-20 00:00:00	1996-07-31 00:00:00	146.06	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	3
10264	24	1996-07-24 00:00:00	1996-08-21 00:00:00	1996-08-23 00:00:00	3.67	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	3
10265	7	1996-07-25 00:00:00	1996-08-22 00:00:00	1996-08-12 00:00:00	55.28	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	1
10266	87	1996-07-26 00:00:00	1996-09-06 00:00:00	1996-07-31 00:00:00	25.73	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	3
10267	25	1996-07-29 00:00:00	1996-08-26 00:00:00	1996-08-06 00:00:00	208.58	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	1
10268	33	1996-07-30 00:00:00	1996-08-27 00:00:00	1996-08-02 00:00:00	66.29	GROSELLA-Restaurante	GROSR	5ª Ave. Los Palos Grandes	Caracas	DF	1081	Venezuela	3
10269	89	1996-07-31 00:00:00	1996-08-14 00:00:00	1996-08-09 00:00:00	4.56	White Clover Markets	WHITC	1029 - 12th Ave. S.	Seattle	WA	98124	USA	1
10270	87	1996-08-01 00:00:00	1996-08-29 00:00:00	1996-08-02 00:00:00	136.54	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	1
10271	75	1996-08-01 00:00:00	1996-08-29 00:00:00	1996-08-30 00:00:00	4.54	Split Rail Beer & Ale	SPLIR	P.O. Box 555	Lander	WY	82520	USA	2
10272	65	1996-08-02 00:00:00	1996-08-30 00:00:00	1996-08-06 00:00:00	98.03	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	2
10273	63	1996-08-05 00:00:00	1996-09-02 00:00:00	1996-08-12 00:00:00	76.07	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	3
10274	85	1996-08-06 00:00:00	1996-09-03 00:00:00	1996-08-16 00:00:00	6.01	Vins et alcools Chevalier	VINET	59 rue de l'Abbaye	Reims	\N	51100	France	1
10275	49	1996-08-07 00:00:00	1996-09-04 00:00:00	1996-08-09 00:00:00	26.93	Magazzini Alimentari Riuniti	MAGAA	Via Ludovico il Moro 22	Bergamo	\N	24100	Italy	1
10276	80	1996-08-08 00:00:00	1996-08-22 00:00:00	1996-08-14 00:00:00	13.84	Tortuga Restaurante	TORTU	Avda. Azteca 123	México D.F.	\N	5033	Mexico	3
10277	52	1996-08-09 00:00:00	1996-09-06 00:00:00	1996-08-13 00:00:00	125.77	Morgenstern Gesundkost	MORGK	Heerstr. 22	Leipzig	\N	4179	Germany	3
10278	5	1996-08-12 00:00:00	1996-09-09 00:00:00	1996-08-16 00:00:00	92.69	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	2
10279	44	1996-08-13 00:00:00	1996-09-10 00:00:00	1996-08-16 00:00:00	25.83	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	2
10280	5	1996-08-14 00:00:00	1996-09-11 00:00:00	1996-09-12 00:00:00	8.98	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	1
10281	69	1996-08-14 00:00:00	1996-08-28 00:00:00	1996-08-21 00:00:00	2.94	Romero y tomillo	ROMEY	Gran Vía 1	Madrid	\N	28001	Spain	1
10282	69	1996-08-15 00:00:00	1996-09-12 00:00:00	1996-08-21 00:00:00	12.69	Romero y tomillo	ROMEY	Gran Vía 1	Madrid	\N	28001	Spain	1
10283	46	1996-08-16 00:00:00	1996-09-13 00:00:00	1996-08-23 00:00:00	84.81	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	3
10284	44	1996-08-19 00:00:00	1996-09-16 00:00:00	1996-08-27 00:00:00	76.56	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	1
10285	63	1996-08-20 00:00:00	1996-09-17 00:00:00	1996-08-26 00:00:00	76.83	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	2
10286	63	1996-08-21 00:00:00	1996-09-18 00:00:00	1996-08-30 00:00:00	229.24	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	3
10287	67	1996-08-22 00:00:00	1996-09-19 00:00:00	1996-08-28 00:00:00	12.76	Ricardo Adocicados	RICAR	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	3
10288	66	1996-08-23 00:00:00	1996-09-20 00:00:00	1996-09-03 00:00:00	7.45	Reggiani Caseifici	REGGC	Strada Provinciale 124	Reggio Emilia	\N	42100	Italy	1
10289	11	1996-08-26 00:00:00	1996-09-23 00:00:00	1996-08-28 00:00:00	22.77	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10290	15	1996-08-27 00:00:00	1996-09-24 00:00:00	1996-09-03 00:00:00	79.70	Comércio Mineiro	COMMI	Av. dos Lusíadas 23	Sao Paulo	SP	05432-043	Brazil	1
10291	61	1996-08-27 00:00:00	1996-09-24 00:00:00	1996-09-04 00:00:00	6.40	Que Delícia	QUEDE	Rua da Panificadora 12	Rio de Janeiro	RJ	02389-673	Brazil	2
10292	81	1996-08-28 00:00:00	1996-09-25 00:00:00	1996-09-02 00:00:00	1.35	Tradiçao Hipermercados	TRADH	Av. Inês de Castro 414	Sao Paulo	SP	05634-030	Brazil	2
10293	80	1996-08-29 00:00:00	1996-09-26 00:00:00	1996-09-11 00:00:00	21.18	Tortuga Restaurante	TORTU	Avda. Azteca 123	México D.F.	\N	5033	Mexico	3
10294	65	1996-08-30 00:00:00	1996-09-27 00:00:00	1996-09-05 00:00:00	147.26	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	2
10295	85	1996-09-02 00:00:00	1996-09-30 00:00:00	1996-09-10 00:00:00	1.15	Vins et alcools Chevalier	VINET	59 rue de l'Abbaye	Reims	\N	51100	France	2
10296	46	1996-09-03 00:00:00	1996-10-01 00:00:00	1996-09-11 00:00:00	0.12	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	1
10297	7	1996-09-04 00:00:00	1996-10-16 00:00:00	1996-09-10 00:00:00	5.74	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	2
10298	37	1996-09-05 00:00:00	1996-10-03 00:00:00	1996-09-11 00:00:00	168.22	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	2
10299	67	1996-09-06 00:00:00	1996-10-04 00:00:00	1996-09-13 00:00:00	29.76	Ricardo Adocicados	RICAR	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	2
10300	49	1996-09-09 00:00:00	1996-10-07 00:00:00	1996-09-18 00:00:00	17.68	Magazzini Alimentari Riuniti	MAGAA	Via Ludovico il Moro 22	Bergamo	\N	24100	Italy	2
10301	86	1996-09-09 00:00:00	1996-10-07 00:00:00	1996-09-17 00:00:00	45.08	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	2
10302	76	1996-09-10 00:00:00	1996-10-08 00:00:00	1996-10-09 00:00:00	6.27	Suprêmes délices	SUPRD	Boulevard Tirou 255	Charleroi	\N	B-6000	Belgium	2
10303	30	1996-09-11 00:00:00	1996-10-09 00:00:00	1996-09-18 00:00:00	107.83	Godos Cocina Típica	GODOS	C/ Romero 33	Sevilla	\N	41101	Spain	2
10304	80	1996-09-12 00:00:00	1996-10-10 00:00:00	1996-09-17 00:00:00	63.79	Tortuga Restaurante	TORTU	Avda. Azteca 123	México D.F.	\N	5033	Mexico	2
10305	55	1996-09-13 00:00:00	1996-10-11 00:00:00	1996-10-09 00:00:00	257.62	Old World Delicatessen	OLDWO	2743 Bering St.	Anchorage	AK	99508	USA	3
10306	69	1996-09-16 00:00:00	1996-10-14 00:00:00	1996-09-23 00:00:00	7.56	Romero y tomillo	ROMEY	Gran Vía 1	Madrid	\N	28001	Spain	3
10307	48	1996-09-17 00:00:00	1996-10-15 00:00:00	1996-09-25 00:00:00	0.56	Lonesome Pine Restaurant	LONEP	89 Chiaroscuro Rd.	Portland	OR	97219	USA	2
10308	2	1996-09-18 00:00:00	1996-10-16 00:00:00	1996-09-24 00:00:00	1.61	Ana Trujillo Emparedados y helados	ANATR	Avda. de la Constitución 2222	México D.F.	\N	5021	Mexico	3
10309	37	1996-09-19 00:00:00	1996-10-17 00:00:00	1996-10-23 00:00:00	47.30	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	1
10310	77	1996-09-20 00:00:00	1996-10-18 00:00:00	1996-09-27 00:00:00	17.52	The Big Cheese	THEBI	89 Jefferson Way Suite 2	Portland	OR	97201	USA	2
10311	18	1996-09-20 00:00:00	1996-10-04 00:00:00	1996-09-26 00:00:00	24.69	Du monde entier	DUMON	67 rue des Cinquante Otages	Nantes	\N	44000	France	3
10312	86	1996-09-23 00:00:00	1996-10-21 00:00:00	1996-10-03 00:00:00	40.26	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	2
10313	63	1996-09-24 00:00:00	1996-10-22 00:00:00	1996-10-04 00:00:00	1.96	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	2
10314	65	1996-09-25 00:00:00	1996-10-23 00:00:00	1996-10-04 00:00:00	74.16	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	2
10315	38	1996-09-26 00:00:00	1996-10-24 00:00:00	1996-10-03 00:00:00	41.76	Island Trading	ISLAT	Garden House Crowther Way	Cowes	Isle of Wight	PO31 7PJ	UK	2
10316	65	1996-09-27 00:00:00	1996-10-25 00:00:00	1996-10-08 00:00:00	150.15	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	3
10317	48	1996-09-30 00:00:00	1996-10-28 00:00:00	1996-10-10 00:00:00	12.69	Lonesome Pine Restaurant	LONEP	89 Chiaroscuro Rd.	Portland	OR	97219	USA	1
10318	38	1996-10-01 00:00:00	1996-10-29 00:00:00	1996-10-04 00:00:00	4.73	Island Trading	ISLAT	Garden House Crowther Way	Cowes	Isle of Wight	PO31 7PJ	UK	2
10319	80	1996-10-02 00:00:00	1996-10-30 00:00:00	1996-10-11 00:00:00	64.50	Tortuga Restaurante	TORTU	Avda. Azteca 123	México D.F.	\N	5033	Mexico	3
10320	87	1996-10-03 00:00:00	1996-10-17 00:00:00	1996-10-18 00:00:00	34.57	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	3
10321	38	1996-10-03 00:00:00	1996-10-31 00:00:00	1996-10-11 00:00:00	3.43	Island Trading	ISLAT	Garden House Crowther Way	Cowes	Isle of Wight	PO31 7PJ	UK	2
10322	58	1996-10-04 00:00:00	1996-11-01 00:00:00	1996-10-23 00:00:00	0.40	Pericles Comidas clásicas	PERIC	Calle Dr. Jorge Cash 321	México D.F.	\N	5033	Mexico	3
10323	39	1996-10-07 00:00:00	1996-11-04 00:00:00	1996-10-14 00:00:00	4.88	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	1
10324	71	1996-10-08 00:00:00	1996-11-05 00:00:00	1996-10-10 00:00:00	214.27	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	1
10325	39	1996-10-09 00:00:00	1996-10-23 00:00:00	1996-10-14 00:00:00	64.86	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	3
10326	8	1996-10-10 00:00:00	1996-11-07 00:00:00	1996-10-14 00:00:00	77.92	Bólido Comidas preparadas	BOLId	C/ Araquil 67	Madrid	\N	28023	Spain	2
10327	24	1996-10-11 00:00:00	1996-11-08 00:00:00	1996-10-14 00:00:00	63.36	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	1
10328	28	1996-10-14 00:00:00	1996-11-11 00:00:00	1996-10-17 00:00:00	87.03	Furia Bacalhau e Frutos do Mar	FURIB	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	3
10329	75	1996-10-15 00:00:00	1996-11-26 00:00:00	1996-10-23 00:00:00	191.67	Split Rail Beer & Ale	SPLIR	P.O. Box 555	Lander	WY	82520	USA	2
10330	46	1996-10-16 00:00:00	1996-11-13 00:00:00	1996-10-28 00:00:00	12.75	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	1
10331	9	1996-10-16 00:00:00	1996-11-27 00:00:00	1996-10-21 00:00:00	10.19	Bon app'	BONAP	12 rue des Bouchers	Marseille	\N	13008	France	1
10332	51	1996-10-17 00:00:00	1996-11-28 00:00:00	1996-10-21 00:00:00	52.84	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	2
10333	87	1996-10-18 00:00:00	1996-11-15 00:00:00	1996-10-25 00:00:00	0.59	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	3
10334	84	1996-10-21 00:00:00	1996-11-18 00:00:00	1996-10-28 00:00:00	8.56	Victuailles en stock	VICTE	2 rue du Commerce	Lyon	\N	69004	France	2
10335	37	1996-10-22 00:00:00	1996-11-19 00:00:00	1996-10-24 00:00:00	42.11	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	2
10336	60	1996-10-23 00:00:00	1996-11-20 00:00:00	1996-10-25 00:00:00	15.51	Princesa Isabel Vinhos	PRINI	Estrada da saúde n. 58	Lisboa	\N	1756	Portugal	2
10337	25	1996-10-24 00:00:00	1996-11-21 00:00:00	1996-10-29 00:00:00	108.26	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	3
10338	55	1996-10-25 00:00:00	1996-11-22 00:00:00	1996-10-29 00:00:00	84.21	Old World Delicatessen	OLDWO	2743 Bering St.	Anchorage	AK	99508	USA	3
10339	51	1996-10-28 00:00:00	1996-11-25 00:00:00	1996-11-04 00:00:00	15.66	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	2
10340	9	1996-10-29 00:00:00	1996-11-26 00:00:00	1996-11-08 00:00:00	166.31	Bon app'	BONAP	12 rue des Bouchers	Marseille	\N	13008	France	3
10341	73	1996-10-29 00:00:00	1996-11-26 00:00:00	1996-11-05 00:00:00	26.78	Simons bistro	SIMOB	Vinbæltet 34	Kobenhavn	\N	1734	Denmark	3
10342	25	1996-10-30 00:00:00	1996-11-13 00:00:00	1996-11-04 00:00:00	54.83	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	2
10343	44	1996-10-31 00:00:00	1996-11-28 00:00:00	1996-11-06 00:00:00	110.37	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	1
10344	89	1996-11-01 00:00:00	1996-11-29 00:00:00	1996-11-05 00:00:00	23.29	White Clover Markets	WHITC	1029 - 12th Ave. S.	Seattle	WA	98124	USA	2
10345	63	1996-11-04 00:00:00	1996-12-02 00:00:00	1996-11-11 00:00:00	249.06	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	2
10346	65	1996-11-05 00:00:00	1996-12-17 00:00:00	1996-11-08 00:00:00	142.08	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	3
10347	21	1996-11-06 00:00:00	1996-12-04 00:00:00	1996-11-08 00:00:00	3.10	Familia Arquibaldo	FAMIA	Rua Orós 92	Sao Paulo	SP	05442-030	Brazil	3
10348	86	1996-11-07 00:00:00	1996-12-05 00:00:00	1996-11-15 00:00:00	0.78	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	2
10349	75	1996-11-08 00:00:00	1996-12-06 00:00:00	1996-11-15 00:00:00	8.63	Split Rail Beer & Ale	SPLIR	P.O. Box 555	Lander	WY	82520	USA	1
10350	41	1996-11-11 00:00:00	1996-12-09 00:00:00	1996-12-03 00:00:00	64.19	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	2
10351	20	1996-11-11 00:00:00	1996-12-09 00:00:00	1996-11-20 00:00:00	162.33	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	1
10352	28	1996-11-12 00:00:00	1996-11-26 00:00:00	1996-11-18 00:00:00	1.30	Furia Bacalhau e Frutos do Mar	FURIB	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	3
10353	59	1996-11-13 00:00:00	1996-12-11 00:00:00	1996-11-25 00:00:00	360.63	Piccolo und mehr	PICCO	Geislweg 14	Salzburg	\N	5020	Austria	3
10354	58	1996-11-14 00:00:00	1996-12-12 00:00:00	1996-11-20 00:00:00	53.80	Pericles Comidas clásicas	PERIC	Calle Dr. Jorge Cash 321	México D.F.	\N	5033	Mexico	3
10355	4	1996-11-15 00:00:00	1996-12-13 00:00:00	1996-11-20 00:00:00	41.95	Around the Horn	AROUT	Brook Farm Stratford St. Mary	Colchester	Essex	CO7 6JX	UK	1
10356	86	1996-11-18 00:00:00	1996-12-16 00:00:00	1996-11-27 00:00:00	36.71	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	2
10357	46	1996-11-19 00:00:00	1996-12-17 00:00:00	1996-12-02 00:00:00	34.88	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	3
10358	41	1996-11-20 00:00:00	1996-12-18 00:00:00	1996-11-27 00:00:00	19.64	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	1
10359	72	1996-11-21 00:00:00	1996-12-19 00:00:00	1996-11-26 00:00:00	288.43	Seven Seas Imports	SEVES	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	3
10360	7	1996-11-22 00:00:00	1996-12-20 00:00:00	1996-12-02 00:00:00	131.70	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	3
10361	63	1996-11-22 00:00:00	1996-12-20 00:00:00	1996-12-03 00:00:00	183.17	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	2
10362	9	1996-11-25 00:00:00	1996-12-23 00:00:00	1996-11-28 00:00:00	96.04	Bon app'	BONAP	12 rue des Bouchers	Marseille	\N	13008	France	1
10363	17	1996-11-26 00:00:00	1996-12-24 00:00:00	1996-12-04 00:00:00	30.54	Drachenblut Delikatessen	DRACD	Walserweg 21	Aachen	\N	52066	Germany	3
10364	19	1996-11-26 00:00:00	1997-01-07 00:00:00	1996-12-04 00:00:00	71.97	Eastern Connection	EASTC	35 King George	London	\N	WX3 6FW	UK	1
10365	3	1996-11-27 00:00:00	1996-12-25 00:00:00	1996-12-02 00:00:00	22.00	Antonio Moreno Taquería	ANTON	Mataderos  2312	México D.F.	\N	5023	Mexico	2
10366	29	1996-11-28 00:00:00	1997-01-09 00:00:00	1996-12-30 00:00:00	10.14	Galería del gastronómo	GALED	Rambla de Cataluña 23	Barcelona	\N	8022	Spain	2
10367	83	1996-11-28 00:00:00	1996-12-26 00:00:00	1996-12-02 00:00:00	13.55	Vaffeljernet	VAFFE	Smagsloget 45	Århus	\N	8200	Denmark	3
10368	20	1996-11-29 00:00:00	1996-12-27 00:00:00	1996-12-02 00:00:00	101.95	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	2
10369	75	1996-12-02 00:00:00	1996-12-30 00:00:00	1996-12-09 00:00:00	195.68	Split Rail Beer & Ale	SPLIR	P.O. Box 555	Lander	WY	82520	USA	2
10370	14	1996-12-03 00:00:00	1996-12-31 00:00:00	1996-12-27 00:00:00	1.17	Chop-suey Chinese	CHOPS	Hauptstr. 31	Bern	\N	3012	Switzerland	2
10371	41	1996-12-03 00:00:00	1996-12-31 00:00:00	1996-12-24 00:00:00	0.45	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	1
10372	62	1996-12-04 00:00:00	1997-01-01 00:00:00	1996-12-09 00:00:00	890.78	Queen Cozinha	QUEEN	Alameda dos Canàrios 891	Sao Paulo	SP	05487-020	Brazil	2
10373	37	1996-12-05 00:00:00	1997-01-02 00:00:00	1996-12-11 00:00:00	124.12	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	3
10374	91	1996-12-05 00:00:00	1997-01-02 00:00:00	1996-12-09 00:00:00	3.94	Wolski Zajazd	WOLZA	ul. Filtrowa 68	Warszawa	\N	01-012	Poland	3
10375	36	1996-12-06 00:00:00	1997-01-03 00:00:00	1996-12-09 00:00:00	20.12	Hungry Coyote Import Store	HUNGC	City Center Plaza 516 Main St.	Elgin	OR	97827	USA	2
10376	51	1996-12-09 00:00:00	1997-01-06 00:00:00	1996-12-13 00:00:00	20.39	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	2
10377	72	1996-12-09 00:00:00	1997-01-06 00:00:00	1996-12-13 00:00:00	22.21	Seven Seas Imports	SEVES	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	3
10378	24	1996-12-10 00:00:00	1997-01-07 00:00:00	1996-12-19 00:00:00	5.44	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	3
10379	61	1996-12-11 00:00:00	1997-01-08 00:00:00	1996-12-13 00:00:00	45.03	Que Delícia	QUEDE	Rua da Panificadora 12	Rio de Janeiro	RJ	02389-673	Brazil	1
10380	37	1996-12-12 00:00:00	1997-01-09 00:00:00	1997-01-16 00:00:00	35.03	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	3
10381	46	1996-12-12 00:00:00	1997-01-09 00:00:00	1996-12-13 00:00:00	7.99	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	3
10382	20	1996-12-13 00:00:00	1997-01-10 00:00:00	1996-12-16 00:00:00	94.77	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	1
10383	4	1996-12-16 00:00:00	1997-01-13 00:00:00	1996-12-18 00:00:00	34.24	Around the Horn	AROUT	Brook Farm Stratford St. Mary	Colchester	Essex	CO7 6JX	UK	3
10384	5	1996-12-16 00:00:00	1997-01-13 00:00:00	1996-12-20 00:00:00	168.64	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	3
10385	75	1996-12-17 00:00:00	1997-01-14 00:00:00	1996-12-23 00:00:00	30.96	Split Rail Beer & Ale	SPLIR	P.O. Box 555	Lander	WY	82520	USA	2
10386	21	1996-12-18 00:00:00	1997-01-01 00:00:00	1996-12-25 00:00:00	13.99	Familia Arquibaldo	FAMIA	Rua Orós 92	Sao Paulo	SP	05442-030	Brazil	3
10387	70	1996-12-18 00:00:00	1997-01-15 00:00:00	1996-12-20 00:00:00	93.63	Santé Gourmet	SANTG	Erling Skakkes gate 78	Stavern	\N	4110	Norway	2
10388	72	1996-12-19 00:00:00	1997-01-16 00:00:00	1996-12-20 00:00:00	34.86	Seven Seas Imports	SEVES	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	1
10389	10	1996-12-20 00:00:00	1997-01-17 00:00:00	1996-12-24 00:00:00	47.42	Bottom-Dollar Markets	BOTTM	23 Tsawassen Blvd.	Tsawassen	BC	T2F 8M4	Canada	2
10390	20	1996-12-23 00:00:00	1997-01-20 00:00:00	1996-12-26 00:00:00	126.38	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	1
10391	17	1996-12-23 00:00:00	1997-01-20 00:00:00	1996-12-31 00:00:00	5.45	Drachenblut Delikatessen	DRACD	Walserweg 21	Aachen	\N	52066	Germany	3
10392	59	1996-12-24 00:00:00	1997-01-21 00:00:00	1997-01-01 00:00:00	122.46	Piccolo und mehr	PICCO	Geislweg 14	Salzburg	\N	5020	Austria	3
10393	71	1996-12-25 00:00:00	1997-01-22 00:00:00	1997-01-03 00:00:00	126.56	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	3
10394	36	1996-12-25 00:00:00	1997-01-22 00:00:00	1997-01-03 00:00:00	30.34	Hungry Coyote Import Store	HUNGC	City Center Plaza 516 Main St.	Elgin	OR	97827	USA	3
10395	35	1996-12-26 00:00:00	1997-01-23 00:00:00	1997-01-03 00:00:00	184.41	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	1
10396	25	1996-12-27 00:00:00	1997-01-10 00:00:00	1997-01-06 00:00:00	135.35	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	3
10397	60	1996-12-27 00:00:00	1997-01-24 00:00:00	1997-01-02 00:00:00	60.26	Princesa Isabel Vinhos	PRINI	Estrada da saúde n. 58	Lisboa	\N	1756	Portugal	1
10398	71	1996-12-30 00:00:00	1997-01-27 00:00:00	1997-01-09 00:00:00	89.16	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	3
10399	83	1996-12-31 00:00:00	1997-01-14 00:00:00	1997-01-08 00:00:00	27.36	Vaffeljernet	VAFFE	Smagsloget 45	Århus	\N	8200	Denmark	3
10400	19	1997-01-01 00:00:00	1997-01-29 00:00:00	1997-01-16 00:00:00	83.93	Eastern Connection	EASTC	35 King George	London	\N	WX3 6FW	UK	3
10401	65	1997-01-01 00:00:00	1997-01-29 00:00:00	1997-01-10 00:00:00	12.51	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	1
10402	20	1997-01-02 00:00:00	1997-02-13 00:00:00	1997-01-10 00:00:00	67.88	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	2
10403	20	1997-01-03 00:00:00	1997-01-31 00:00:00	1997-01-09 00:00:00	73.79	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	3
10404	49	1997-01-03 00:00:00	1997-01-31 00:00:00	1997-01-08 00:00:00	155.97	Magazzini Alimentari Riuniti	MAGAA	Via Ludovico il Moro 22	Bergamo	\N	24100	Italy	1
10405	47	1997-01-06 00:00:00	1997-02-03 00:00:00	1997-01-22 00:00:00	34.82	LINO-Delicateses	LINOD	Ave. 5 de Mayo Porlamar	I. de Margarita	Nueva Esparta	4980	Venezuela	1
10406	62	1997-01-07 00:00:00	1997-02-18 00:00:00	1997-01-13 00:00:00	108.04	Queen Cozinha	QUEEN	Alameda dos Canàrios 891	Sao Paulo	SP	05487-020	Brazil	1
10407	56	1997-01-07 00:00:00	1997-02-04 00:00:00	1997-01-30 00:00:00	91.48	Ottilies Käseladen	OTTIK	Mehrheimerstr. 369	Köln	\N	50739	Germany	2
10408	23	1997-01-08 00:00:00	1997-02-05 00:00:00	1997-01-14 00:00:00	11.26	Folies gourmandes	FOLIG	184 chaussée de Tournai	Lille	\N	59000	France	1
10409	54	1997-01-09 00:00:00	1997-02-06 00:00:00	1997-01-14 00:00:00	29.83	Océano Atlántico Ltda.	OCEAN	Ing. Gustavo Moncada 8585 Piso 20-A	Buenos Aires	\N	1010	Argentina	1
10410	10	1997-01-10 00:00:00	1997-02-07 00:00:00	1997-01-15 00:00:00	2.40	Bottom-Dollar Markets	BOTTM	23 Tsawassen Blvd.	Tsawassen	BC	T2F 8M4	Canada	3
10411	10	1997-01-10 00:00:00	1997-02-07 00:00:00	1997-01-21 00:00:00	23.65	Bottom-Dollar Markets	BOTTM	23 Tsawassen Blvd.	Tsawassen	BC	T2F 8M4	Canada	3
10412	87	1997-01-13 00:00:00	1997-02-10 00:00:00	1997-01-15 00:00:00	3.77	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	2
10413	41	1997-01-14 00:00:00	1997-02-11 00:00:00	1997-01-16 00:00:00	95.66	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	2
10414	21	1997-01-14 00:00:00	1997-02-11 00:00:00	1997-01-17 00:00:00	21.48	Familia Arquibaldo	FAMIA	Rua Orós 92	Sao Paulo	SP	05442-030	Brazil	3
10415	36	1997-01-15 00:00:00	1997-02-12 00:00:00	1997-01-24 00:00:00	0.20	Hungry Coyote Import Store	HUNGC	City Center Plaza 516 Main St.	Elgin	OR	97827	USA	1
10416	87	1997-01-16 00:00:00	1997-02-13 00:00:00	1997-01-27 00:00:00	22.72	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	3
10417	73	1997-01-16 00:00:00	1997-02-13 00:00:00	1997-01-28 00:00:00	70.29	Simons bistro	SIMOB	Vinbæltet 34	Kobenhavn	\N	1734	Denmark	3
10418	63	1997-01-17 00:00:00	1997-02-14 00:00:00	1997-01-24 00:00:00	17.55	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	1
10419	68	1997-01-20 00:00:00	1997-02-17 00:00:00	1997-01-30 00:00:00	137.35	Richter Supermarkt	RICSU	Starenweg 5	Genève	\N	1204	Switzerland	2
10420	88	1997-01-21 00:00:00	1997-02-18 00:00:00	1997-01-27 00:00:00	44.12	Wellington Importadora	WELLI	Rua do Mercado 12	Resende	SP	08737-363	Brazil	1
10421	61	1997-01-21 00:00:00	1997-03-04 00:00:00	1997-01-27 00:00:00	99.23	Que Delícia	QUEDE	Rua da Panificadora 12	Rio de Janeiro	RJ	02389-673	Brazil	1
10422	27	1997-01-22 00:00:00	1997-02-19 00:00:00	1997-01-31 00:00:00	3.02	Franchi S.p.A.	FRANS	Via Monte Bianco 34	Torino	\N	10100	Italy	1
10423	31	1997-01-23 00:00:00	1997-02-06 00:00:00	1997-02-24 00:00:00	24.50	Gourmet Lanchonetes	GOURL	Av. Brasil 442	Campinas	SP	04876-786	Brazil	3
10424	51	1997-01-23 00:00:00	1997-02-20 00:00:00	1997-01-27 00:00:00	370.61	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	2
10425	41	1997-01-24 00:00:00	1997-02-21 00:00:00	1997-02-14 00:00:00	7.93	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	2
10426	29	1997-01-27 00:00:00	1997-02-24 00:00:00	1997-02-06 00:00:00	18.69	Galería del gastronómo	GALED	Rambla de Cataluña 23	Barcelona	\N	8022	Spain	1
10427	59	1997-01-27 00:00:00	1997-02-24 00:00:00	1997-03-03 00:00:00	31.29	Piccolo und mehr	PICCO	Geislweg 14	Salzburg	\N	5020	Austria	2
10428	66	1997-01-28 00:00:00	1997-02-25 00:00:00	1997-02-04 00:00:00	11.09	Reggiani Caseifici	REGGC	Strada Provinciale 124	Reggio Emilia	\N	42100	Italy	1
10429	37	1997-01-29 00:00:00	1997-03-12 00:00:00	1997-02-07 00:00:00	56.63	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	2
10430	20	1997-01-30 00:00:00	1997-02-13 00:00:00	1997-02-03 00:00:00	458.78	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	1
10431	10	1997-01-30 00:00:00	1997-02-13 00:00:00	1997-02-07 00:00:00	44.17	Bottom-Dollar Markets	BOTTM	23 Tsawassen Blvd.	Tsawassen	BC	T2F 8M4	Canada	2
10432	75	1997-01-31 00:00:00	1997-02-14 00:00:00	1997-02-07 00:00:00	4.34	Split Rail Beer & Ale	SPLIR	P.O. Box 555	Lander	WY	82520	USA	2
10433	60	1997-02-03 00:00:00	1997-03-03 00:00:00	1997-03-04 00:00:00	73.83	Princesa Isabel Vinhos	PRINI	Estrada da saúde n. 58	Lisboa	\N	1756	Portugal	3
10434	24	1997-02-03 00:00:00	1997-03-03 00:00:00	1997-02-13 00:00:00	17.92	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	2
10435	16	1997-02-04 00:00:00	1997-03-18 00:00:00	1997-02-07 00:00:00	9.21	Consolidated Holdings	CONSH	Berkeley Gardens 12  Brewery	London	\N	WX1 6LT	UK	2
10436	7	1997-02-05 00:00:00	1997-03-05 00:00:00	1997-02-11 00:00:00	156.66	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	2
10437	87	1997-02-05 00:00:00	1997-03-05 00:00:00	1997-02-12 00:00:00	19.97	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	1
10438	79	1997-02-06 00:00:00	1997-03-06 00:00:00	1997-02-14 00:00:00	8.24	Toms Spezialitäten	TOMSP	Luisenstr. 48	Münster	\N	44087	Germany	2
10439	51	1997-02-07 00:00:00	1997-03-07 00:00:00	1997-02-10 00:00:00	4.07	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	3
10440	71	1997-02-10 00:00:00	1997-03-10 00:00:00	1997-02-28 00:00:00	86.53	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	2
10441	55	1997-02-10 00:00:00	1997-03-24 00:00:00	1997-03-14 00:00:00	73.02	Old World Delicatessen	OLDWO	2743 Bering St.	Anchorage	AK	99508	USA	2
10442	20	1997-02-11 00:00:00	1997-03-11 00:00:00	1997-02-18 00:00:00	47.94	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	2
10443	66	1997-02-12 00:00:00	1997-03-12 00:00:00	1997-02-14 00:00:00	13.95	Reggiani Caseifici	REGGC	Strada Provinciale 124	Reggio Emilia	\N	42100	Italy	1
10444	5	1997-02-12 00:00:00	1997-03-12 00:00:00	1997-02-21 00:00:00	3.50	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	3
10445	5	1997-02-13 00:00:00	1997-03-13 00:00:00	1997-02-20 00:00:00	9.30	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	1
10446	79	1997-02-14 00:00:00	1997-03-14 00:00:00	1997-02-19 00:00:00	14.68	Toms Spezialitäten	TOMSP	Luisenstr. 48	Münster	\N	44087	Germany	1
10447	67	1997-02-14 00:00:00	1997-03-14 00:00:00	1997-03-07 00:00:00	68.66	Ricardo Adocicados	RICAR	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	2
10448	64	1997-02-17 00:00:00	1997-03-17 00:00:00	1997-02-24 00:00:00	38.82	Rancho grande	RANCH	Av. del Libertador 900	Buenos Aires	\N	1010	Argentina	2
10449	7	1997-02-18 00:00:00	1997-03-18 00:00:00	1997-02-27 00:00:00	53.30	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	2
10450	84	1997-02-19 00:00:00	1997-03-19 00:00:00	1997-03-11 00:00:00	7.23	Victuailles en stock	VICTE	2 rue du Commerce	Lyon	\N	69004	France	2
10451	63	1997-02-19 00:00:00	1997-03-05 00:00:00	1997-03-12 00:00:00	189.09	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	3
10452	71	1997-02-20 00:00:00	1997-03-20 00:00:00	1997-02-26 00:00:00	140.26	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	1
10453	4	1997-02-21 00:00:00	1997-03-21 00:00:00	1997-02-26 00:00:00	25.36	Around the Horn	AROUT	Brook Farm Stratford St. Mary	Colchester	Essex	CO7 6JX	UK	2
10454	41	1997-02-21 00:00:00	1997-03-21 00:00:00	1997-02-25 00:00:00	2.74	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	3
10455	87	1997-02-24 00:00:00	1997-04-07 00:00:00	1997-03-03 00:00:00	180.45	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	2
10456	39	1997-02-25 00:00:00	1997-04-08 00:00:00	1997-02-28 00:00:00	8.12	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	2
10457	39	1997-02-25 00:00:00	1997-03-25 00:00:00	1997-03-03 00:00:00	11.57	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	1
10458	76	1997-02-26 00:00:00	1997-03-26 00:00:00	1997-03-04 00:00:00	147.06	Suprêmes délices	SUPRD	Boulevard Tirou 255	Charleroi	\N	B-6000	Belgium	3
10459	84	1997-02-27 00:00:00	1997-03-27 00:00:00	1997-02-28 00:00:00	25.09	Victuailles en stock	VICTE	2 rue du Commerce	Lyon	\N	69004	France	2
10460	24	1997-02-28 00:00:00	1997-03-28 00:00:00	1997-03-03 00:00:00	16.27	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	1
10461	46	1997-02-28 00:00:00	1997-03-28 00:00:00	1997-03-05 00:00:00	148.61	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	3
10462	16	1997-03-03 00:00:00	1997-03-31 00:00:00	1997-03-18 00:00:00	6.17	Consolidated Holdings	CONSH	Berkeley Gardens 12  Brewery	London	\N	WX1 6LT	UK	1
10463	76	1997-03-04 00:00:00	1997-04-01 00:00:00	1997-03-06 00:00:00	14.78	Suprêmes délices	SUPRD	Boulevard Tirou 255	Charleroi	\N	B-6000	Belgium	3
10464	28	1997-03-04 00:00:00	1997-04-01 00:00:00	1997-03-14 00:00:00	89.00	Furia Bacalhau e Frutos do Mar	FURIB	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	2
10465	83	1997-03-05 00:00:00	1997-04-02 00:00:00	1997-03-14 00:00:00	145.04	Vaffeljernet	VAFFE	Smagsloget 45	Århus	\N	8200	Denmark	3
10466	15	1997-03-06 00:00:00	1997-04-03 00:00:00	1997-03-13 00:00:00	11.93	Comércio Mineiro	COMMI	Av. dos Lusíadas 23	Sao Paulo	SP	05432-043	Brazil	1
10467	49	1997-03-06 00:00:00	1997-04-03 00:00:00	1997-03-11 00:00:00	4.93	Magazzini Alimentari Riuniti	MAGAA	Via Ludovico il Moro 22	Bergamo	\N	24100	Italy	2
10468	39	1997-03-07 00:00:00	1997-04-04 00:00:00	1997-03-12 00:00:00	44.12	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	3
10469	89	1997-03-10 00:00:00	1997-04-07 00:00:00	1997-03-14 00:00:00	60.18	White Clover Markets	WHITC	1029 - 12th Ave. S.	Seattle	WA	98124	USA	1
10470	9	1997-03-11 00:00:00	1997-04-08 00:00:00	1997-03-14 00:00:00	64.56	Bon app'	BONAP	12 rue des Bouchers	Marseille	\N	13008	France	2
10471	11	1997-03-11 00:00:00	1997-04-08 00:00:00	1997-03-18 00:00:00	45.59	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10472	72	1997-03-12 00:00:00	1997-04-09 00:00:00	1997-03-19 00:00:00	4.20	Seven Seas Imports	SEVES	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	1
10473	38	1997-03-13 00:00:00	1997-03-27 00:00:00	1997-03-21 00:00:00	16.37	Island Trading	ISLAT	Garden House Crowther Way	Cowes	Isle of Wight	PO31 7PJ	UK	3
10474	58	1997-03-13 00:00:00	1997-04-10 00:00:00	1997-03-21 00:00:00	83.49	Pericles Comidas clásicas	PERIC	Calle Dr. Jorge Cash 321	México D.F.	\N	5033	Mexico	2
10475	76	1997-03-14 00:00:00	1997-04-11 00:00:00	1997-04-04 00:00:00	68.52	Suprêmes délices	SUPRD	Boulevard Tirou 255	Charleroi	\N	B-6000	Belgium	1
10476	35	1997-03-17 00:00:00	1997-04-14 00:00:00	1997-03-24 00:00:00	4.41	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	3
10477	60	1997-03-17 00:00:00	1997-04-14 00:00:00	1997-03-25 00:00:00	13.02	Princesa Isabel Vinhos	PRINI	Estrada da saúde n. 58	Lisboa	\N	1756	Portugal	2
10478	84	1997-03-18 00:00:00	1997-04-01 00:00:00	1997-03-26 00:00:00	4.81	Victuailles en stock	VICTE	2 rue du Commerce	Lyon	\N	69004	France	3
10479	65	1997-03-19 00:00:00	1997-04-16 00:00:00	1997-03-21 00:00:00	708.95	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	3
10480	23	1997-03-20 00:00:00	1997-04-17 00:00:00	1997-03-24 00:00:00	1.35	Folies gourmandes	FOLIG	184 chaussée de Tournai	Lille	\N	59000	France	2
10481	67	1997-03-20 00:00:00	1997-04-17 00:00:00	1997-03-25 00:00:00	64.33	Ricardo Adocicados	RICAR	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	2
10482	43	1997-03-21 00:00:00	1997-04-18 00:00:00	1997-04-10 00:00:00	7.48	Lazy K Kountry Store	LAZYK	12 Orchestra Terrace	Walla Walla	WA	99362	USA	3
10483	89	1997-03-24 00:00:00	1997-04-21 00:00:00	1997-04-25 00:00:00	15.28	White Clover Markets	WHITC	1029 - 12th Ave. S.	Seattle	WA	98124	USA	2
10484	11	1997-03-24 00:00:00	1997-04-21 00:00:00	1997-04-01 00:00:00	6.88	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10485	47	1997-03-25 00:00:00	1997-04-08 00:00:00	1997-03-31 00:00:00	64.45	LINO-Delicateses	LINOD	Ave. 5 de Mayo Porlamar	I. de Margarita	Nueva Esparta	4980	Venezuela	2
10486	35	1997-03-26 00:00:00	1997-04-23 00:00:00	1997-04-02 00:00:00	30.53	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	2
10487	62	1997-03-26 00:00:00	1997-04-23 00:00:00	1997-03-28 00:00:00	71.07	Queen Cozinha	QUEEN	Alameda dos Canàrios 891	Sao Paulo	SP	05487-020	Brazil	2
10488	25	1997-03-27 00:00:00	1997-04-24 00:00:00	1997-04-02 00:00:00	4.93	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	2
10489	59	1997-03-28 00:00:00	1997-04-25 00:00:00	1997-04-09 00:00:00	5.29	Piccolo und mehr	PICCO	Geislweg 14	Salzburg	\N	5020	Austria	2
10490	35	1997-03-31 00:00:00	1997-04-28 00:00:00	1997-04-03 00:00:00	210.19	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	2
10491	28	1997-03-31 00:00:00	1997-04-28 00:00:00	1997-04-08 00:00:00	16.96	Furia Bacalhau e Frutos do Mar	FURIB	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	3
10492	10	1997-04-01 00:00:00	1997-04-29 00:00:00	1997-04-11 00:00:00	62.89	Bottom-Dollar Markets	BOTTM	23 Tsawassen Blvd.	Tsawassen	BC	T2F 8M4	Canada	1
10493	41	1997-04-02 00:00:00	1997-04-30 00:00:00	1997-04-10 00:00:00	10.64	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	3
10494	15	1997-04-02 00:00:00	1997-04-30 00:00:00	1997-04-09 00:00:00	65.99	Comércio Mineiro	COMMI	Av. dos Lusíadas 23	Sao Paulo	SP	05432-043	Brazil	2
10495	42	1997-04-03 00:00:00	1997-05-01 00:00:00	1997-04-11 00:00:00	4.65	Laughing Bacchus Wine Cellars	LAUGB	2319 Elm St.	Vancouver	BC	V3F 2K1	Canada	3
10496	81	1997-04-04 00:00:00	1997-05-02 00:00:00	1997-04-07 00:00:00	46.77	Tradiçao Hipermercados	TRADH	Av. Inês de Castro 414	Sao Paulo	SP	05634-030	Brazil	2
10497	44	1997-04-04 00:00:00	1997-05-02 00:00:00	1997-04-07 00:00:00	36.21	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	1
10548	79	1997-05-26 00:00:00	1997-06-23 00:00:00	1997-06-02 00:00:00	1.43	Toms Spezialitäten	TOMSP	Luisenstr. 48	Münster	\N	44087	Germany	2
10498	35	1997-04-07 00:00:00	1997-05-05 00:00:00	1997-04-11 00:00:00	29.75	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	2
10499	46	1997-04-08 00:00:00	1997-05-06 00:00:00	1997-04-16 00:00:00	102.02	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	2
10500	41	1997-04-09 00:00:00	1997-05-07 00:00:00	1997-04-17 00:00:00	42.68	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	1
10501	6	1997-04-09 00:00:00	1997-05-07 00:00:00	1997-04-16 00:00:00	8.85	Blauer See Delikatessen	BLAUS	Forsterstr. 57	Mannheim	\N	68306	Germany	3
10502	58	1997-04-10 00:00:00	1997-05-08 00:00:00	1997-04-29 00:00:00	69.32	Pericles Comidas clásicas	PERIC	Calle Dr. Jorge Cash 321	México D.F.	\N	5033	Mexico	1
10503	37	1997-04-11 00:00:00	1997-05-09 00:00:00	1997-04-16 00:00:00	16.74	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	2
10504	89	1997-04-11 00:00:00	1997-05-09 00:00:00	1997-04-18 00:00:00	59.13	White Clover Markets	WHITC	1029 - 12th Ave. S.	Seattle	WA	98124	USA	3
10505	51	1997-04-14 00:00:00	1997-05-12 00:00:00	1997-04-21 00:00:00	7.13	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	3
10506	39	1997-04-15 00:00:00	1997-05-13 00:00:00	1997-05-02 00:00:00	21.19	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	2
10507	3	1997-04-15 00:00:00	1997-05-13 00:00:00	1997-04-22 00:00:00	47.45	Antonio Moreno Taquería	ANTON	Mataderos  2312	México D.F.	\N	5023	Mexico	1
10508	56	1997-04-16 00:00:00	1997-05-14 00:00:00	1997-05-13 00:00:00	4.99	Ottilies Käseladen	OTTIK	Mehrheimerstr. 369	Köln	\N	50739	Germany	2
10509	6	1997-04-17 00:00:00	1997-05-15 00:00:00	1997-04-29 00:00:00	0.15	Blauer See Delikatessen	BLAUS	Forsterstr. 57	Mannheim	\N	68306	Germany	1
10510	71	1997-04-18 00:00:00	1997-05-16 00:00:00	1997-04-28 00:00:00	367.63	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	3
10511	9	1997-04-18 00:00:00	1997-05-16 00:00:00	1997-04-21 00:00:00	350.64	Bon app'	BONAP	12 rue des Bouchers	Marseille	\N	13008	France	3
10512	21	1997-04-21 00:00:00	1997-05-19 00:00:00	1997-04-24 00:00:00	3.53	Familia Arquibaldo	FAMIA	Rua Orós 92	Sao Paulo	SP	05442-030	Brazil	2
10513	86	1997-04-22 00:00:00	1997-06-03 00:00:00	1997-04-28 00:00:00	105.65	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	1
10514	20	1997-04-22 00:00:00	1997-05-20 00:00:00	1997-05-16 00:00:00	789.95	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	2
10515	63	1997-04-23 00:00:00	1997-05-07 00:00:00	1997-05-23 00:00:00	204.47	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	1
10516	37	1997-04-24 00:00:00	1997-05-22 00:00:00	1997-05-01 00:00:00	62.78	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	3
10517	53	1997-04-24 00:00:00	1997-05-22 00:00:00	1997-04-29 00:00:00	32.07	North/South	NORTS	South House 300 Queensbridge	London	\N	SW7 1RZ	UK	3
10518	80	1997-04-25 00:00:00	1997-05-09 00:00:00	1997-05-05 00:00:00	218.15	Tortuga Restaurante	TORTU	Avda. Azteca 123	México D.F.	\N	5033	Mexico	2
10519	14	1997-04-28 00:00:00	1997-05-26 00:00:00	1997-05-01 00:00:00	91.76	Chop-suey Chinese	CHOPS	Hauptstr. 31	Bern	\N	3012	Switzerland	3
10520	70	1997-04-29 00:00:00	1997-05-27 00:00:00	1997-05-01 00:00:00	13.37	Santé Gourmet	SANTG	Erling Skakkes gate 78	Stavern	\N	4110	Norway	1
10521	12	1997-04-29 00:00:00	1997-05-27 00:00:00	1997-05-02 00:00:00	17.22	Cactus Comidas para llevar	CACTU	Cerrito 333	Buenos Aires	\N	1010	Argentina	2
10522	44	1997-04-30 00:00:00	1997-05-28 00:00:00	1997-05-06 00:00:00	45.33	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	1
10523	72	1997-05-01 00:00:00	1997-05-29 00:00:00	1997-05-30 00:00:00	77.63	Seven Seas Imports	SEVES	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	2
10524	5	1997-05-01 00:00:00	1997-05-29 00:00:00	1997-05-07 00:00:00	244.79	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	2
10525	9	1997-05-02 00:00:00	1997-05-30 00:00:00	1997-05-23 00:00:00	11.06	Bon app'	BONAP	12 rue des Bouchers	Marseille	\N	13008	France	2
10526	87	1997-05-05 00:00:00	1997-06-02 00:00:00	1997-05-15 00:00:00	58.59	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	2
10527	63	1997-05-05 00:00:00	1997-06-02 00:00:00	1997-05-07 00:00:00	41.90	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	1
10528	32	1997-05-06 00:00:00	1997-05-20 00:00:00	1997-05-09 00:00:00	3.35	Great Lakes Food Market	GREAL	2732 Baker Blvd.	Eugene	OR	97403	USA	2
10529	50	1997-05-07 00:00:00	1997-06-04 00:00:00	1997-05-09 00:00:00	66.69	Maison Dewey	MAISD	Rue Joseph-Bens 532	Bruxelles	\N	B-1180	Belgium	2
10530	59	1997-05-08 00:00:00	1997-06-05 00:00:00	1997-05-12 00:00:00	339.22	Piccolo und mehr	PICCO	Geislweg 14	Salzburg	\N	5020	Austria	2
10531	54	1997-05-08 00:00:00	1997-06-05 00:00:00	1997-05-19 00:00:00	8.12	Océano Atlántico Ltda.	OCEAN	Ing. Gustavo Moncada 8585 Piso 20-A	Buenos Aires	\N	1010	Argentina	1
10532	19	1997-05-09 00:00:00	1997-06-06 00:00:00	1997-05-12 00:00:00	74.46	Eastern Connection	EASTC	35 King George	London	\N	WX3 6FW	UK	3
10533	24	1997-05-12 00:00:00	1997-06-09 00:00:00	1997-05-22 00:00:00	188.04	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	1
10534	44	1997-05-12 00:00:00	1997-06-09 00:00:00	1997-05-14 00:00:00	27.94	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	2
10535	3	1997-05-13 00:00:00	1997-06-10 00:00:00	1997-05-21 00:00:00	15.64	Antonio Moreno Taquería	ANTON	Mataderos  2312	México D.F.	\N	5023	Mexico	1
10536	44	1997-05-14 00:00:00	1997-06-11 00:00:00	1997-06-06 00:00:00	58.88	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	2
10537	68	1997-05-14 00:00:00	1997-05-28 00:00:00	1997-05-19 00:00:00	78.85	Richter Supermarkt	RICSU	Starenweg 5	Genève	\N	1204	Switzerland	1
10538	11	1997-05-15 00:00:00	1997-06-12 00:00:00	1997-05-16 00:00:00	4.87	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10539	11	1997-05-16 00:00:00	1997-06-13 00:00:00	1997-05-23 00:00:00	12.36	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10540	63	1997-05-19 00:00:00	1997-06-16 00:00:00	1997-06-13 00:00:00	1007.64	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	3
10541	34	1997-05-19 00:00:00	1997-06-16 00:00:00	1997-05-29 00:00:00	68.65	Hanari Carnes	HANAR	Rua do Paço 67	Rio de Janeiro	RJ	05454-876	Brazil	1
10542	39	1997-05-20 00:00:00	1997-06-17 00:00:00	1997-05-26 00:00:00	10.95	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	3
10543	46	1997-05-21 00:00:00	1997-06-18 00:00:00	1997-05-23 00:00:00	48.17	LILA-Supermercado	LILAS	Carrera 52 con Ave. Bolívar #65-98 Llano Largo	Barquisimeto	Lara	3508	Venezuela	2
10544	48	1997-05-21 00:00:00	1997-06-18 00:00:00	1997-05-30 00:00:00	24.91	Lonesome Pine Restaurant	LONEP	89 Chiaroscuro Rd.	Portland	OR	97219	USA	1
10545	43	1997-05-22 00:00:00	1997-06-19 00:00:00	1997-06-26 00:00:00	11.92	Lazy K Kountry Store	LAZYK	12 Orchestra Terrace	Walla Walla	WA	99362	USA	2
10546	84	1997-05-23 00:00:00	1997-06-20 00:00:00	1997-05-27 00:00:00	194.72	Victuailles en stock	VICTE	2 rue du Commerce	Lyon	\N	69004	France	3
10547	72	1997-05-23 00:00:00	1997-06-20 00:00:00	1997-06-02 00:00:00	178.43	Seven Seas Imports	SEVES	90 Wadhurst Rd.	London	\N	OX15 4NB	UK	2
10549	63	1997-05-27 00:00:00	1997-06-10 00:00:00	1997-05-30 00:00:00	171.24	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	1
10550	30	1997-05-28 00:00:00	1997-06-25 00:00:00	1997-06-06 00:00:00	4.32	Godos Cocina Típica	GODOS	C/ Romero 33	Sevilla	\N	41101	Spain	3
10551	28	1997-05-28 00:00:00	1997-07-09 00:00:00	1997-06-06 00:00:00	72.95	Furia Bacalhau e Frutos do Mar	FURIB	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	3
10552	35	1997-05-29 00:00:00	1997-06-26 00:00:00	1997-06-05 00:00:00	83.22	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	1
10553	87	1997-05-30 00:00:00	1997-06-27 00:00:00	1997-06-03 00:00:00	149.49	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	2
10554	56	1997-05-30 00:00:00	1997-06-27 00:00:00	1997-06-05 00:00:00	120.97	Ottilies Käseladen	OTTIK	Mehrheimerstr. 369	Köln	\N	50739	Germany	3
10555	71	1997-06-02 00:00:00	1997-06-30 00:00:00	1997-06-04 00:00:00	252.49	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	3
10556	73	1997-06-03 00:00:00	1997-07-15 00:00:00	1997-06-13 00:00:00	9.80	Simons bistro	SIMOB	Vinbæltet 34	Kobenhavn	\N	1734	Denmark	1
10557	44	1997-06-03 00:00:00	1997-06-17 00:00:00	1997-06-06 00:00:00	96.72	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	2
10558	4	1997-06-04 00:00:00	1997-07-02 00:00:00	1997-06-10 00:00:00	72.97	Around the Horn	AROUT	Brook Farm Stratford St. Mary	Colchester	Essex	CO7 6JX	UK	2
10559	7	1997-06-05 00:00:00	1997-07-03 00:00:00	1997-06-13 00:00:00	8.05	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	1
10560	25	1997-06-06 00:00:00	1997-07-04 00:00:00	1997-06-09 00:00:00	36.65	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	1
10561	24	1997-06-06 00:00:00	1997-07-04 00:00:00	1997-06-09 00:00:00	242.21	Folk och fä HB	FOLKO	Åkergatan 24	Bräcke	\N	S-844 67	Sweden	2
10562	66	1997-06-09 00:00:00	1997-07-07 00:00:00	1997-06-12 00:00:00	22.95	Reggiani Caseifici	REGGC	Strada Provinciale 124	Reggio Emilia	\N	42100	Italy	1
10563	67	1997-06-10 00:00:00	1997-07-22 00:00:00	1997-06-24 00:00:00	60.43	Ricardo Adocicados	RICAR	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	2
10564	65	1997-06-10 00:00:00	1997-07-08 00:00:00	1997-06-16 00:00:00	13.75	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	3
10565	51	1997-06-11 00:00:00	1997-07-09 00:00:00	1997-06-18 00:00:00	7.15	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	2
10566	7	1997-06-12 00:00:00	1997-07-10 00:00:00	1997-06-18 00:00:00	88.40	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	1
10567	37	1997-06-12 00:00:00	1997-07-10 00:00:00	1997-06-17 00:00:00	33.97	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	1
10568	29	1997-06-13 00:00:00	1997-07-11 00:00:00	1997-07-09 00:00:00	6.54	Galería del gastronómo	GALED	Rambla de Cataluña 23	Barcelona	\N	8022	Spain	3
10569	65	1997-06-16 00:00:00	1997-07-14 00:00:00	1997-07-11 00:00:00	58.98	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	1
10570	51	1997-06-17 00:00:00	1997-07-15 00:00:00	1997-06-19 00:00:00	188.99	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	3
10571	20	1997-06-17 00:00:00	1997-07-29 00:00:00	1997-07-04 00:00:00	26.06	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	3
10572	5	1997-06-18 00:00:00	1997-07-16 00:00:00	1997-06-25 00:00:00	116.43	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	2
10573	3	1997-06-19 00:00:00	1997-07-17 00:00:00	1997-06-20 00:00:00	84.84	Antonio Moreno Taquería	ANTON	Mataderos  2312	México D.F.	\N	5023	Mexico	3
10574	82	1997-06-19 00:00:00	1997-07-17 00:00:00	1997-06-30 00:00:00	37.60	Trail's Head Gourmet Provisioners	TRAIH	722 DaVinci Blvd.	Kirkland	WA	98034	USA	2
10575	52	1997-06-20 00:00:00	1997-07-04 00:00:00	1997-06-30 00:00:00	127.34	Morgenstern Gesundkost	MORGK	Heerstr. 22	Leipzig	\N	4179	Germany	1
10576	80	1997-06-23 00:00:00	1997-07-07 00:00:00	1997-06-30 00:00:00	18.56	Tortuga Restaurante	TORTU	Avda. Azteca 123	México D.F.	\N	5033	Mexico	3
10577	82	1997-06-23 00:00:00	1997-08-04 00:00:00	1997-06-30 00:00:00	25.41	Trail's Head Gourmet Provisioners	TRAIH	722 DaVinci Blvd.	Kirkland	WA	98034	USA	2
10578	11	1997-06-24 00:00:00	1997-07-22 00:00:00	1997-07-25 00:00:00	29.60	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10579	45	1997-06-25 00:00:00	1997-07-23 00:00:00	1997-07-04 00:00:00	13.73	Let's Stop N Shop	LETSS	87 Polk St. Suite 5	San Francisco	CA	94117	USA	2
10580	56	1997-06-26 00:00:00	1997-07-24 00:00:00	1997-07-01 00:00:00	75.89	Ottilies Käseladen	OTTIK	Mehrheimerstr. 369	Köln	\N	50739	Germany	3
10581	21	1997-06-26 00:00:00	1997-07-24 00:00:00	1997-07-02 00:00:00	3.01	Familia Arquibaldo	FAMIA	Rua Orós 92	Sao Paulo	SP	05442-030	Brazil	1
10582	6	1997-06-27 00:00:00	1997-07-25 00:00:00	1997-07-14 00:00:00	27.71	Blauer See Delikatessen	BLAUS	Forsterstr. 57	Mannheim	\N	68306	Germany	2
10583	87	1997-06-30 00:00:00	1997-07-28 00:00:00	1997-07-04 00:00:00	7.28	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	2
10584	7	1997-06-30 00:00:00	1997-07-28 00:00:00	1997-07-04 00:00:00	59.14	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	1
10585	88	1997-07-01 00:00:00	1997-07-29 00:00:00	1997-07-10 00:00:00	13.41	Wellington Importadora	WELLI	Rua do Mercado 12	Resende	SP	08737-363	Brazil	1
10586	66	1997-07-02 00:00:00	1997-07-30 00:00:00	1997-07-09 00:00:00	0.48	Reggiani Caseifici	REGGC	Strada Provinciale 124	Reggio Emilia	\N	42100	Italy	1
10587	61	1997-07-02 00:00:00	1997-07-30 00:00:00	1997-07-09 00:00:00	62.52	Que Delícia	QUEDE	Rua da Panificadora 12	Rio de Janeiro	RJ	02389-673	Brazil	1
10588	63	1997-07-03 00:00:00	1997-07-31 00:00:00	1997-07-10 00:00:00	194.67	QUICK-Stop	QUICK	Taucherstraße 10	Cunewalde	\N	1307	Germany	3
10589	32	1997-07-04 00:00:00	1997-08-01 00:00:00	1997-07-14 00:00:00	4.42	Great Lakes Food Market	GREAL	2732 Baker Blvd.	Eugene	OR	97403	USA	2
10590	51	1997-07-07 00:00:00	1997-08-04 00:00:00	1997-07-14 00:00:00	44.77	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	3
10591	83	1997-07-07 00:00:00	1997-07-21 00:00:00	1997-07-16 00:00:00	55.92	Vaffeljernet	VAFFE	Smagsloget 45	Århus	\N	8200	Denmark	1
10592	44	1997-07-08 00:00:00	1997-08-05 00:00:00	1997-07-16 00:00:00	32.10	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	1
10593	44	1997-07-09 00:00:00	1997-08-06 00:00:00	1997-08-13 00:00:00	174.20	Lehmanns Marktstand	LEHMS	Magazinweg 7	Frankfurt a.M.	\N	60528	Germany	2
10594	55	1997-07-09 00:00:00	1997-08-06 00:00:00	1997-07-16 00:00:00	5.24	Old World Delicatessen	OLDWO	2743 Bering St.	Anchorage	AK	99508	USA	2
10595	20	1997-07-10 00:00:00	1997-08-07 00:00:00	1997-07-14 00:00:00	96.78	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	1
10596	89	1997-07-11 00:00:00	1997-08-08 00:00:00	1997-08-12 00:00:00	16.34	White Clover Markets	WHITC	1029 - 12th Ave. S.	Seattle	WA	98124	USA	1
10597	59	1997-07-11 00:00:00	1997-08-08 00:00:00	1997-07-18 00:00:00	35.12	Piccolo und mehr	PICCO	Geislweg 14	Salzburg	\N	5020	Austria	3
10598	65	1997-07-14 00:00:00	1997-08-11 00:00:00	1997-07-18 00:00:00	44.42	Rattlesnake Canyon Grocery	RATTC	2817 Milton Dr.	Albuquerque	NM	87110	USA	3
10599	11	1997-07-15 00:00:00	1997-08-26 00:00:00	1997-07-21 00:00:00	29.98	B's Beverages	BSBEV	Fauntleroy Circus	London	\N	EC2 5NT	UK	3
10600	36	1997-07-16 00:00:00	1997-08-13 00:00:00	1997-07-21 00:00:00	45.13	Hungry Coyote Import Store	HUNGC	City Center Plaza 516 Main St.	Elgin	OR	97827	USA	1
10601	35	1997-07-16 00:00:00	1997-08-27 00:00:00	1997-07-22 00:00:00	58.30	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	1
10602	83	1997-07-17 00:00:00	1997-08-14 00:00:00	1997-07-22 00:00:00	2.92	Vaffeljernet	VAFFE	Smagsloget 45	Århus	\N	8200	Denmark	2
10603	71	1997-07-18 00:00:00	1997-08-15 00:00:00	1997-08-08 00:00:00	48.77	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	2
10604	28	1997-07-18 00:00:00	1997-08-15 00:00:00	1997-07-29 00:00:00	7.46	Furia Bacalhau e Frutos do Mar	FURIB	Jardim das rosas n. 32	Lisboa	\N	1675	Portugal	1
10605	51	1997-07-21 00:00:00	1997-08-18 00:00:00	1997-07-29 00:00:00	379.13	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	2
10606	81	1997-07-22 00:00:00	1997-08-19 00:00:00	1997-07-31 00:00:00	79.40	Tradiçao Hipermercados	TRADH	Av. Inês de Castro 414	Sao Paulo	SP	05634-030	Brazil	3
10607	71	1997-07-22 00:00:00	1997-08-19 00:00:00	1997-07-25 00:00:00	200.24	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	1
10608	79	1997-07-23 00:00:00	1997-08-20 00:00:00	1997-08-01 00:00:00	27.79	Toms Spezialitäten	TOMSP	Luisenstr. 48	Münster	\N	44087	Germany	2
10609	18	1997-07-24 00:00:00	1997-08-21 00:00:00	1997-07-30 00:00:00	1.85	Du monde entier	DUMON	67 rue des Cinquante Otages	Nantes	\N	44000	France	2
10610	41	1997-07-25 00:00:00	1997-08-22 00:00:00	1997-08-06 00:00:00	26.78	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	1
10611	91	1997-07-25 00:00:00	1997-08-22 00:00:00	1997-08-01 00:00:00	80.65	Wolski Zajazd	WOLZA	ul. Filtrowa 68	Warszawa	\N	01-012	Poland	2
10612	71	1997-07-28 00:00:00	1997-08-25 00:00:00	1997-08-01 00:00:00	544.08	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	2
10613	35	1997-07-29 00:00:00	1997-08-26 00:00:00	1997-08-01 00:00:00	8.11	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	2
10614	6	1997-07-29 00:00:00	1997-08-26 00:00:00	1997-08-01 00:00:00	1.93	Blauer See Delikatessen	BLAUS	Forsterstr. 57	Mannheim	\N	68306	Germany	3
10615	90	1997-07-30 00:00:00	1997-08-27 00:00:00	1997-08-06 00:00:00	0.75	Wilman Kala	WILMK	Keskuskatu 45	Helsinki	\N	21240	Finland	3
10616	32	1997-07-31 00:00:00	1997-08-28 00:00:00	1997-08-05 00:00:00	116.53	Great Lakes Food Market	GREAL	2732 Baker Blvd.	Eugene	OR	97403	USA	2
10617	32	1997-07-31 00:00:00	1997-08-28 00:00:00	1997-08-04 00:00:00	18.53	Great Lakes Food Market	GREAL	2732 Baker Blvd.	Eugene	OR	97403	USA	2
10618	51	1997-08-01 00:00:00	1997-09-12 00:00:00	1997-08-08 00:00:00	154.68	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	1
10619	51	1997-08-04 00:00:00	1997-09-01 00:00:00	1997-08-07 00:00:00	91.05	Mère Paillarde	MEREP	43 rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	3
10620	42	1997-08-05 00:00:00	1997-09-02 00:00:00	1997-08-14 00:00:00	0.94	Laughing Bacchus Wine Cellars	LAUGB	2319 Elm St.	Vancouver	BC	V3F 2K1	Canada	3
10621	38	1997-08-05 00:00:00	1997-09-02 00:00:00	1997-08-11 00:00:00	23.73	Island Trading	ISLAT	Garden House Crowther Way	Cowes	Isle of Wight	PO31 7PJ	UK	2
10622	67	1997-08-06 00:00:00	1997-09-03 00:00:00	1997-08-11 00:00:00	50.97	Ricardo Adocicados	RICAR	Av. Copacabana 267	Rio de Janeiro	RJ	02389-890	Brazil	3
10623	25	1997-08-07 00:00:00	1997-09-04 00:00:00	1997-08-12 00:00:00	97.18	Frankenversand	FRANK	Berliner Platz 43	München	\N	80805	Germany	2
10624	78	1997-08-07 00:00:00	1997-09-04 00:00:00	1997-08-19 00:00:00	94.80	The Cracker Box	THECR	55 Grizzly Peak Rd.	Butte	MT	59801	USA	2
10625	2	1997-08-08 00:00:00	1997-09-05 00:00:00	1997-08-14 00:00:00	43.90	Ana Trujillo Emparedados y helados	ANATR	Avda. de la Constitución 2222	México D.F.	\N	5021	Mexico	1
10626	5	1997-08-11 00:00:00	1997-09-08 00:00:00	1997-08-20 00:00:00	138.69	Berglunds snabbköp	BERGS	Berguvsvägen  8	Luleå	\N	S-958 22	Sweden	2
10627	71	1997-08-11 00:00:00	1997-09-22 00:00:00	1997-08-21 00:00:00	107.46	Save-a-lot Markets	SAVEA	187 Suffolk Ln.	Boise	Id	83720	USA	3
10628	7	1997-08-12 00:00:00	1997-09-09 00:00:00	1997-08-20 00:00:00	30.36	Blondel père et fils	BLONP	24 place Kléber	Strasbourg	\N	67000	France	3
10629	30	1997-08-12 00:00:00	1997-09-09 00:00:00	1997-08-20 00:00:00	85.46	Godos Cocina Típica	GODOS	C/ Romero 33	Sevilla	\N	41101	Spain	3
10630	39	1997-08-13 00:00:00	1997-09-10 00:00:00	1997-08-19 00:00:00	32.35	Königlich Essen	KOENE	Maubelstr. 90	Brandenburg	\N	14776	Germany	2
10631	41	1997-08-14 00:00:00	1997-09-11 00:00:00	1997-08-15 00:00:00	0.87	La maison d'Asie	LAMAI	1 rue Alsace-Lorraine	Toulouse	\N	31000	France	1
10632	86	1997-08-14 00:00:00	1997-09-11 00:00:00	1997-08-19 00:00:00	41.38	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	1
10633	20	1997-08-15 00:00:00	1997-09-12 00:00:00	1997-08-18 00:00:00	477.90	Ernst Handel	ERNSH	Kirchgasse 6	Graz	\N	8010	Austria	3
10634	23	1997-08-15 00:00:00	1997-09-12 00:00:00	1997-08-21 00:00:00	487.38	Folies gourmandes	FOLIG	184 chaussée de Tournai	Lille	\N	59000	France	3
10635	49	1997-08-18 00:00:00	1997-09-15 00:00:00	1997-08-21 00:00:00	47.46	Magazzini Alimentari Riuniti	MAGAA	Via Ludovico il Moro 22	Bergamo	\N	24100	Italy	3
10636	87	1997-08-19 00:00:00	1997-09-16 00:00:00	1997-08-26 00:00:00	1.15	Wartian Herkku	WARTH	Torikatu 38	Oulu	\N	90110	Finland	1
10637	62	1997-08-19 00:00:00	1997-09-16 00:00:00	1997-08-26 00:00:00	201.29	Queen Cozinha	QUEEN	Alameda dos Canàrios 891	Sao Paulo	SP	05487-020	Brazil	1
10638	47	1997-08-20 00:00:00	1997-09-17 00:00:00	1997-09-01 00:00:00	158.44	LINO-Delicateses	LINOD	Ave. 5 de Mayo Porlamar	I. de Margarita	Nueva Esparta	4980	Venezuela	1
10639	70	1997-08-20 00:00:00	1997-09-17 00:00:00	1997-08-27 00:00:00	38.64	Santé Gourmet	SANTG	Erling Skakkes gate 78	Stavern	\N	4110	Norway	3
10640	86	1997-08-21 00:00:00	1997-09-18 00:00:00	1997-08-28 00:00:00	23.55	Die Wandernde Kuh	WANDK	Adenauerallee 900	Stuttgart	\N	70563	Germany	1
10641	35	1997-08-22 00:00:00	1997-09-19 00:00:00	1997-08-26 00:00:00	179.61	HILARION-Abastos	HILAA	Carrera 22 con Ave. Carlos Soublette #8-35	San Cristóbal	Táchira	5022	Venezuela	2
10642	73	1997-08-22 00:00:00	1997-09-19 00:00:00	1997-09-05 00:00:00	41.89	Simons bistro	SIMOB	Vinbæltet 34	Kobenhavn	\N	1734	Denmark	3
10643	1	1997-08-25 00:00:00	1997-09-22 00:00:00	1997-09-02 00:00:00	29.46	Alfreds Futterkiste	ALFKI	Obere Str. 57	Berlin	\N	12209	Germany	1
10644	88	1997-08-25 00:00:00	1997-09-22 00:00:00	1997-09-01 00:00:00	0.14	Wellington Importadora	WELLI	Rua do Mercado 12	Resende	SP	08737-363	Brazil	2
10645	34	1997-08-26 00:00:00	1997-09-23 00:00:00	1997-09-02 00:00:00	12.41	Hanari Carnes	HANAR	Rua do Paço 67	Rio de Janeiro	RJ	05454-876	Brazil	1
10646	37	1997-08-27 00:00:00	1997-10-08 00:00:00	1997-09-03 00:00:00	142.33	Hungry Owl All-Night Grocers	HUNGO	8 Johnstown Road	Cork	Co. Cork	\N	Ireland	3
10647	61	1997-08-27 00:00:00	1997-09-10 00:00:00	1997-09-03 00:00:00	45.54	Que Delícia	QUEDE	Rua da Panificadora 12	Rio de Janeiro	RJ	02389-673	Brazil	2
\.


--
-- Data for Name: products; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.products (id, "supplierId", "categoryId", "quantityPerUnit", "unitPrice", "unitsInStock", "unitsOnOrder", "reorderLevel", discontinued, name) FROM stdin;
1	1	1	10 boxes x 20 bags	18.00	39	0	10	f	Chai
2	1	1	24 - 12 oz bottles	19.00	17	40	25	f	Chang
3	1	2	12 - 550 ml bottles	10.00	13	70	25	f	Aniseed Syrup
4	2	3	48 - 6 oz jars	22.00	53	0	0	t	Chef Anton's Cajun Seasoning
5	2	2	36 boxes	21.35	0	0	0	t	Chef Anton's Gumbo Mix
6	3	2	12 - 8 oz jars	25.00	120	0	25	f	Grandma's Boysenberry Spread
7	3	7	12 - 1 lb pkgs.	30.00	15	0	10	f	Uncle Bob's Organic Dried Pears
8	3	2	12 - 12 oz jars	40.00	6	0	0	f	Northwoods Cranberry Sauce
9	4	6	18 - 500 g pkgs.	97.00	29	0	0	t	Mishi Kobe Niku
10	4	8	12 - 200 ml jars	31.00	31	0	0	f	Ikura
11	5	2	1 kg pkg.	21.00	22	30	30	f	Queso Cabrales 2
12	5	4	10 - 500 g pkgs.	38.00	86	0	0	f	Queso Manchego La Pastora
13	6	8	2 kg box	6.00	24	0	5	f	Konbu
14	6	7	40 - 100 g pkgs.	23.25	35	0	0	f	Tofu
15	6	2	24 - 250 ml bottles	15.50	39	0	5	f	Genen Shouyu
16	7	3	32 - 500 g boxes	17.45	29	0	10	f	Pavlova
17	7	6	20 - 1 kg tins	39.00	0	0	0	t	Alice Mutton
18	7	8	16 kg pkg.	62.50	42	0	0	f	Carnarvon Tigers
19	8	3	10 boxes x 12 pieces	9.20	25	0	5	f	Teatime Chocolate Biscuits
20	8	3	30 gift boxes	81.00	40	0	0	f	Sir Rodney's Marmalade
21	8	3	24 pkgs. x 4 pieces	10.00	3	40	5	f	Sir Rodney's Scones
22	9	5	24 - 500 g pkgs.	21.00	104	0	25	f	Gustaf's Knäckebröd
23	9	5	12 - 250 g pkgs.	9.00	61	0	25	f	Tunnbröd
24	10	1	12 - 355 ml cans	4.50	20	0	0	t	Guaraná Fantástica
25	11	3	20 - 450 g glasses	14.00	76	0	30	f	NuNuCa Nuß-Nougat-Creme
26	11	3	100 - 250 g bags	31.23	15	0	0	f	Gumbär Gummibärchen
27	11	3	100 - 100 g pieces	43.90	49	0	30	f	Schoggi Schokolade
28	12	7	25 - 825 g cans	45.60	26	0	0	t	Rössle Sauerkraut
29	12	6	50 bags x 30 sausgs.	123.79	0	0	0	t	Thüringer Rostbratwurst
30	13	8	10 - 200 g glasses	25.89	10	0	15	f	Nord-Ost Matjeshering
31	14	4	12 - 100 g pkgs	12.50	0	70	20	f	Gorgonzola Telino
32	14	4	24 - 200 g pkgs.	32.00	9	40	25	f	Mascarpone Fabioli
33	15	4	500 g	2.50	112	0	20	f	Geitost
34	16	1	24 - 12 oz bottles	14.00	111	0	15	f	Sasquatch Ale
35	16	1	24 - 12 oz bottles	18.00	20	0	15	f	Steeleye Stout
36	17	8	24 - 250 g  jars	19.00	112	0	20	f	Inlagd Sill
37	17	8	12 - 500 g pkgs.	26.00	11	50	25	f	Gravad lax
38	18	1	12 - 75 cl bottles	263.50	17	0	15	f	Côte de Blaye
39	18	1	750 cc per bottle	18.00	69	0	5	f	Chartreuse verte
40	19	8	24 - 4 oz tins	18.40	123	0	30	f	Boston Crab Meat
41	19	8	12 - 12 oz cans	9.65	85	0	10	f	Jack's New England Clam Chowder
42	20	5	32 - 1 kg pkgs.	14.00	26	0	0	t	Singaporean Hokkien Fried Mee
43	20	1	16 - 500 g tins	46.00	17	10	25	f	Ipoh Coffee
44	20	2	20 - 2 kg bags	19.45	27	0	15	f	Gula Malacca
45	21	8	1k pkg.	9.50	5	70	15	f	Rogede sild
46	21	8	4 - 450 g glasses	12.00	95	0	0	f	Spegesild
47	22	3	10 - 4 oz boxes	9.50	36	0	0	f	Zaanse koeken
48	22	3	10 pkgs.	12.75	15	70	25	f	Chocolade
49	23	3	24 - 50 g pkgs.	20.00	10	60	15	f	Maxilaku
50	23	3	12 - 100 g bars	16.25	65	0	30	f	Valkoinen suklaa
51	24	7	50 - 300 g pkgs.	53.00	20	0	10	f	Manjimup Dried Apples
52	24	5	16 - 2 kg boxes	7.00	38	0	25	f	Filo Mix
53	24	6	48 pieces	32.80	0	0	0	t	Perth Pasties
54	25	6	16 pies	7.45	21	0	10	f	Tourtière
55	25	6	24 boxes x 2 pies	24.00	115	0	20	f	Pâté chinois
56	26	5	24 - 250 g pkgs.	38.00	21	10	30	f	Gnocchi di nonna Alice
57	26	5	24 - 250 g pkgs.	19.50	36	0	20	f	Ravioli Angelo
58	27	8	24 pieces	13.25	62	0	20	f	Escargots de Bourgogne
59	28	4	5 kg pkg.	55.00	79	0	0	f	Raclette Courdavault
60	28	4	15 - 300 g rounds	34.00	19	0	0	f	Camembert Pierrot
61	29	2	24 - 500 ml bottles	28.50	113	0	25	f	Sirop d'érable
62	29	3	48 pies	49.30	17	0	0	f	Tarte au sucre
63	7	2	15 - 625 g jars	43.90	24	0	5	f	Vegie-spread
64	12	5	20 bags x 4 pieces	33.25	22	80	30	f	Wimmers gute Semmelknödel
65	2	2	32 - 8 oz bottles	21.05	76	0	0	f	Louisiana Fiery Hot Pepper Sauce
66	2	2	24 - 8 oz jars	17.00	4	100	20	f	Louisiana Hot Spiced Okra
67	16	1	24 - 12 oz bottles	14.00	52	0	10	f	Laughing Lumberjack Lager
68	8	3	10 boxes x 8 pieces	12.50	6	10	15	f	Scottish Longbreads
69	15	4	10 kg pkg.	36.00	26	0	15	f	Gudbrandsdalsost
70	7	1	24 - 355 ml bottles	15.00	15	10	30	f	Outback Lager
71	15	4	10 - 500 g pkgs.	21.50	26	0	0	f	Flotemysost
72	14	4	24 - 200 g pkgs.	34.80	14	0	0	f	Mozzarella di Giovanni
73	17	8	24 - 150 g jars	15.00	101	0	5	f	Röd Kaviar
74	4	7	5 kg pkg.	10.00	4	20	5	f	Longlife Tofu
75	12	1	24 - 0.5 l bottles	7.75	125	0	25	f	Rhönbräu Klosterbier
76	23	1	500 ml	18.00	57	0	20	f	Lakkalikööri
77	12	2	12 boxes	13.00	32	0	15	f	Original Frankfurter grüne Soße
\.


--
-- Data for Name: shippers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.shippers (id, "companyName", phone) FROM stdin;
1	Speedy Express	(503) 555-9831
2	United Package	(503) 555-3199
3	Federal Shipping	(503) 555-9931
\.


--
-- Data for Name: suppliers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.suppliers (id, "companyName", "contactName", "contactTitle", street, city, region, "postalCode", country, phone) FROM stdin;
1	Exotic Liquids	Charlotte Cooper	Purchasing Manager	49 Gilbert St.	London	\N	EC1 4SD	UK	(171) 555-2222
2	New Orleans Cajun Delights	Shelley Burke	Order Administrator	P.O. Box 78934	New Orleans	LA	70117	USA	(100) 555-4822
3	Grandma Kelly's Homestead	Regina Murphy	Sales Representative	707 Oxford Rd.	Ann Arbor	MI	48104	USA	(313) 555-5735
4	Tokyo Traders	Yoshi Nagase	Marketing Manager	9-8 Sekimai Musashino-shi	Tokyo	\N	100	Japan	(03) 3555-5011
5	Cooperativa de Quesos 'Las Cabras'	Antonio del Valle Saavedra	Export Administrator	Calle del Rosal 4	Oviedo	Asturias	33007	Spain	(98) 598 76 54
6	Mayumi's	Mayumi Ohno	Marketing Representative	92 Setsuko Chuo-ku	Osaka	\N	545	Japan	(06) 431-7877
7	Pavlova Ltd.	Ian Devling	Marketing Manager	74 Rose St. Moonie Ponds	Melbourne	Victoria	3058	Australia	(03) 444-2343
8	Specialty Biscuits Ltd.	Peter Wilson	Sales Representative	29 King's Way	Manchester	\N	M14 GSD	UK	(161) 555-4448
9	PB Knäckebröd AB	Lars Peterson	Sales Agent	Kaloadagatan 13	Göteborg	\N	S-345 67	Sweden	031-987 65 43
10	Refrescos Americanas LTDA	Carlos Diaz	Marketing Manager	Av. das Americanas 12.890	Sao Paulo	\N	5442	Brazil	(11) 555 4640
11	Heli Süßwaren GmbH & Co. KG	Petra Winkler	Sales Manager	Tiergartenstraße 5	Berlin	\N	10785	Germany	(010) 9984510
12	Plutzer Lebensmittelgroßmärkte AG	Martin Bein	International Marketing Mgr.	Bogenallee 51	Frankfurt	\N	60439	Germany	(069) 992755
13	Nord-Ost-Fisch Handelsgesellschaft mbH	Sven Petersen	Coordinator Foreign Markets	Frahmredder 112a	Cuxhaven	\N	27478	Germany	(04721) 8713
14	Formaggi Fortini s.r.l.	Elio Rossi	Sales Representative	Viale Dante 75	Ravenna	\N	48100	Italy	(0544) 60323
15	Norske Meierier	Beate Vileid	Marketing Manager	Hatlevegen 5	Sandvika	\N	1320	Norway	(0)2-953010
16	Bigfoot Breweries	Cheryl Saylor	Regional Account Rep.	3400 - 8th Avenue Suite 210	Bend	OR	97101	USA	(503) 555-9931
17	Svensk Sjöföda AB	Michael Björn	Sales Representative	Brovallavägen 231	Stockholm	\N	S-123 45	Sweden	08-123 45 67
18	Aux joyeux ecclésiastiques	Guylène Nodier	Sales Manager	203 Rue des Francs-Bourgeois	Paris	\N	75004	France	(1) 03.83.00.68
19	New England Seafood Cannery	Robb Merchant	Wholesale Account Agent	Order Processing Dept. 2100 Paul Revere Blvd.	Boston	MA	2134	USA	(617) 555-3267
20	Leka Trading	Chandra Leka	Owner	471 Serangoon Loop Suite #402	Singapore	\N	512	Singapore	555-8787
21	Lyngbysild	Niels Petersen	Sales Manager	Lyngbysild Fiskebakken 10	Lyngby	\N	2800	Denmark	43844108
22	Zaanse Snoepfabriek	Dirk Luchte	Accounting Manager	Verkoop Rijnweg 22	Zaandam	\N	9999 ZZ	Netherlands	(12345) 1212
23	Karkki Oy	Anne Heikkonen	Product Manager	Valtakatu 12	Lappeenranta	\N	53120	Finland	(953) 10956
24	G'day Mate	Wendy Mackenzie	Sales Representative	170 Prince Edward Parade Hunter's Hill	Sydney	NSW	2042	Australia	(02) 555-5914
25	Ma Maison	Jean-Guy Lauzon	Marketing Manager	2960 Rue St. Laurent	Montréal	Québec	H1J 1C3	Canada	(514) 555-9022
26	Pasta Buttini s.r.l.	Giovanni Giudici	Order Administrator	Via dei Gelsomini 153	Salerno	\N	84100	Italy	(089) 6547665
27	Escargots Nouveaux	Marie Delamare	Sales Manager	22 rue H. Voiron	Montceau	\N	71300	France	85.57.00.07
28	Gai pâturage	Eliane Noz	Sales Representative	Bat. B 3 rue des Alpes	Annecy	\N	74000	France	38.76.98.06
29	Forêts d'érables	Chantal Goulet	Accounting Manager	148 rue Chasseur	Ste-Hyacinthe	Québec	J2S 7S8	Canada	(514) 555-2955
30	aaaaaaa	a	\N	\N	\N	\N	\N	\N	a
\.


--
-- Name: categories categories_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orderdetails orderdetails_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orderdetails
    ADD CONSTRAINT orderdetails_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: shippers shippers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.shippers
    ADD CONSTRAINT shippers_pkey PRIMARY KEY (id);


--
-- Name: suppliers suppliers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.suppliers
    ADD CONSTRAINT suppliers_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict PiiscanQuality

