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

INSERT INTO public.album (id, artist, title) VALUES (1, 1, 'For Those About To Rock We Salute You');
INSERT INTO public.album (id, artist, title) VALUES (2, 2, 'Balls to the Wall');
INSERT INTO public.album (id, artist, title) VALUES (3, 2, 'Restless and Wild');
INSERT INTO public.album (id, artist, title) VALUES (4, 1, 'Let There Be Rock');
INSERT INTO public.album (id, artist, title) VALUES (5, 3, 'Big Ones');
INSERT INTO public.album (id, artist, title) VALUES (6, 4, 'Jagged Little Pill');
INSERT INTO public.album (id, artist, title) VALUES (7, 5, 'Facelift');
INSERT INTO public.album (id, artist, title) VALUES (8, 6, 'Warner 25 Anos');
INSERT INTO public.album (id, artist, title) VALUES (9, 7, 'Plays Metallica By Four Cellos');
INSERT INTO public.album (id, artist, title) VALUES (10, 8, 'Audioslave');
INSERT INTO public.album (id, artist, title) VALUES (11, 8, 'Out Of Exile');
INSERT INTO public.album (id, artist, title) VALUES (12, 9, 'BackBeat Soundtrack');
INSERT INTO public.album (id, artist, title) VALUES (13, 10, 'The Best Of Billy Cobham');
INSERT INTO public.album (id, artist, title) VALUES (14, 11, 'Alcohol Fueled Brewtality Live! [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (15, 11, 'Alcohol Fueled Brewtality Live! [Disc 2]');
INSERT INTO public.album (id, artist, title) VALUES (16, 12, 'Black Sabbath');
INSERT INTO public.album (id, artist, title) VALUES (17, 12, 'Black Sabbath Vol. 4 (Remaster)');
INSERT INTO public.album (id, artist, title) VALUES (18, 13, 'Body Count');
INSERT INTO public.album (id, artist, title) VALUES (19, 14, 'Chemical Wedding');
INSERT INTO public.album (id, artist, title) VALUES (20, 15, 'The Best Of Buddy Guy - The Millenium Collection');
INSERT INTO public.album (id, artist, title) VALUES (21, 16, 'Prenda Minha');
INSERT INTO public.album (id, artist, title) VALUES (22, 16, 'Sozinho Remix Ao Vivo');
INSERT INTO public.album (id, artist, title) VALUES (23, 17, 'Minha Historia');
INSERT INTO public.album (id, artist, title) VALUES (24, 18, 'Afrociberdelia');
INSERT INTO public.album (id, artist, title) VALUES (25, 18, 'Da Lama Ao Caos');
INSERT INTO public.album (id, artist, title) VALUES (26, 19, 'Acústico MTV [Live]');
INSERT INTO public.album (id, artist, title) VALUES (27, 19, 'Cidade Negra - Hits');
INSERT INTO public.album (id, artist, title) VALUES (28, 20, 'Na Pista');
INSERT INTO public.album (id, artist, title) VALUES (29, 21, 'Axé Bahia 2001');
INSERT INTO public.album (id, artist, title) VALUES (30, 22, 'BBC Sessions [Disc 1] [Live]');
INSERT INTO public.album (id, artist, title) VALUES (31, 23, 'Bongo Fury');
INSERT INTO public.album (id, artist, title) VALUES (32, 21, 'Carnaval 2001');
INSERT INTO public.album (id, artist, title) VALUES (33, 24, 'Chill: Brazil (Disc 1)');
INSERT INTO public.album (id, artist, title) VALUES (34, 6, 'Chill: Brazil (Disc 2)');
INSERT INTO public.album (id, artist, title) VALUES (35, 50, 'Garage Inc. (Disc 1)');
INSERT INTO public.album (id, artist, title) VALUES (36, 51, 'Greatest Hits II');
INSERT INTO public.album (id, artist, title) VALUES (37, 52, 'Greatest Kiss');
INSERT INTO public.album (id, artist, title) VALUES (38, 53, 'Heart of the Night');
INSERT INTO public.album (id, artist, title) VALUES (39, 54, 'International Superhits');
INSERT INTO public.album (id, artist, title) VALUES (40, 55, 'Into The Light');
INSERT INTO public.album (id, artist, title) VALUES (41, 56, 'Meus Momentos');
INSERT INTO public.album (id, artist, title) VALUES (42, 57, 'Minha História');
INSERT INTO public.album (id, artist, title) VALUES (43, 58, 'MK III The Final Concerts [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (44, 22, 'Physical Graffiti [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (45, 21, 'Sambas De Enredo 2001');
INSERT INTO public.album (id, artist, title) VALUES (46, 59, 'Supernatural');
INSERT INTO public.album (id, artist, title) VALUES (47, 37, 'The Best of Ed Motta');
INSERT INTO public.album (id, artist, title) VALUES (48, 68, 'The Essential Miles Davis [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (49, 68, 'The Essential Miles Davis [Disc 2]');
INSERT INTO public.album (id, artist, title) VALUES (50, 58, 'The Final Concerts (Disc 2)');
INSERT INTO public.album (id, artist, title) VALUES (51, 69, 'Up An'' Atom');
INSERT INTO public.album (id, artist, title) VALUES (52, 70, 'Vinícius De Moraes - Sem Limite');
INSERT INTO public.album (id, artist, title) VALUES (53, 21, 'Vozes do MPB');
INSERT INTO public.album (id, artist, title) VALUES (54, 76, 'Chronicle, Vol. 1');
INSERT INTO public.album (id, artist, title) VALUES (55, 76, 'Chronicle, Vol. 2');
INSERT INTO public.album (id, artist, title) VALUES (56, 77, 'Cássia Eller - Coleção Sem Limite [Disc 2]');
INSERT INTO public.album (id, artist, title) VALUES (57, 77, 'Cássia Eller - Sem Limite [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (58, 58, 'Come Taste The Band');
INSERT INTO public.album (id, artist, title) VALUES (59, 58, 'Deep Purple In Rock');
INSERT INTO public.album (id, artist, title) VALUES (60, 58, 'Fireball');
INSERT INTO public.album (id, artist, title) VALUES (61, 58, 'Knocking at Your Back Door: The Best Of Deep Purple in the 80''s');
INSERT INTO public.album (id, artist, title) VALUES (62, 58, 'Machine Head');
INSERT INTO public.album (id, artist, title) VALUES (63, 58, 'Purpendicular');
INSERT INTO public.album (id, artist, title) VALUES (64, 58, 'Slaves And Masters');
INSERT INTO public.album (id, artist, title) VALUES (65, 58, 'Stormbringer');
INSERT INTO public.album (id, artist, title) VALUES (66, 58, 'The Battle Rages On');
INSERT INTO public.album (id, artist, title) VALUES (67, 78, 'Vault: Def Leppard''s Greatest Hits');
INSERT INTO public.album (id, artist, title) VALUES (68, 79, 'Outbreak');
INSERT INTO public.album (id, artist, title) VALUES (69, 80, 'Djavan Ao Vivo - Vol. 02');
INSERT INTO public.album (id, artist, title) VALUES (70, 80, 'Djavan Ao Vivo - Vol. 1');
INSERT INTO public.album (id, artist, title) VALUES (71, 41, 'Elis Regina-Minha História');
INSERT INTO public.album (id, artist, title) VALUES (72, 81, 'The Cream Of Clapton');
INSERT INTO public.album (id, artist, title) VALUES (73, 81, 'Unplugged');
INSERT INTO public.album (id, artist, title) VALUES (74, 82, 'Album Of The Year');
INSERT INTO public.album (id, artist, title) VALUES (75, 82, 'Angel Dust');
INSERT INTO public.album (id, artist, title) VALUES (76, 82, 'King For A Day Fool For A Lifetime');
INSERT INTO public.album (id, artist, title) VALUES (77, 82, 'The Real Thing');
INSERT INTO public.album (id, artist, title) VALUES (78, 83, 'Deixa Entrar');
INSERT INTO public.album (id, artist, title) VALUES (79, 84, 'In Your Honor [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (80, 84, 'In Your Honor [Disc 2]');
INSERT INTO public.album (id, artist, title) VALUES (81, 84, 'One By One');
INSERT INTO public.album (id, artist, title) VALUES (82, 84, 'The Colour And The Shape');
INSERT INTO public.album (id, artist, title) VALUES (83, 85, 'My Way: The Best Of Frank Sinatra [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (84, 86, 'Roda De Funk');
INSERT INTO public.album (id, artist, title) VALUES (85, 27, 'As Canções de Eu Tu Eles');
INSERT INTO public.album (id, artist, title) VALUES (86, 27, 'Quanta Gente Veio Ver (Live)');
INSERT INTO public.album (id, artist, title) VALUES (87, 27, 'Quanta Gente Veio ver--Bônus De Carnaval');
INSERT INTO public.album (id, artist, title) VALUES (88, 87, 'Faceless');
INSERT INTO public.album (id, artist, title) VALUES (89, 54, 'American Idiot');
INSERT INTO public.album (id, artist, title) VALUES (90, 88, 'Appetite for Destruction');
INSERT INTO public.album (id, artist, title) VALUES (91, 88, 'Use Your Illusion I');
INSERT INTO public.album (id, artist, title) VALUES (92, 88, 'Use Your Illusion II');
INSERT INTO public.album (id, artist, title) VALUES (93, 89, 'Blue Moods');
INSERT INTO public.album (id, artist, title) VALUES (94, 90, 'A Matter of Life and Death');
INSERT INTO public.album (id, artist, title) VALUES (95, 90, 'A Real Dead One');
INSERT INTO public.album (id, artist, title) VALUES (96, 90, 'A Real Live One');
INSERT INTO public.album (id, artist, title) VALUES (97, 90, 'Brave New World');
INSERT INTO public.album (id, artist, title) VALUES (98, 90, 'Dance Of Death');
INSERT INTO public.album (id, artist, title) VALUES (99, 90, 'Fear Of The Dark');
INSERT INTO public.album (id, artist, title) VALUES (100, 90, 'Iron Maiden');
INSERT INTO public.album (id, artist, title) VALUES (101, 90, 'Killers');
INSERT INTO public.album (id, artist, title) VALUES (102, 90, 'Live After Death');
INSERT INTO public.album (id, artist, title) VALUES (103, 90, 'Live At Donington 1992 (Disc 1)');
INSERT INTO public.album (id, artist, title) VALUES (104, 90, 'Live At Donington 1992 (Disc 2)');
INSERT INTO public.album (id, artist, title) VALUES (105, 90, 'No Prayer For The Dying');
INSERT INTO public.album (id, artist, title) VALUES (106, 90, 'Piece Of Mind');
INSERT INTO public.album (id, artist, title) VALUES (107, 90, 'Powerslave');
INSERT INTO public.album (id, artist, title) VALUES (108, 90, 'Rock In Rio [CD1]');
INSERT INTO public.album (id, artist, title) VALUES (109, 90, 'Rock In Rio [CD2]');
INSERT INTO public.album (id, artist, title) VALUES (110, 90, 'Seventh Son of a Seventh Son');
INSERT INTO public.album (id, artist, title) VALUES (111, 90, 'Somewhere in Time');
INSERT INTO public.album (id, artist, title) VALUES (112, 90, 'The Number of The Beast');
INSERT INTO public.album (id, artist, title) VALUES (113, 90, 'The X Factor');
INSERT INTO public.album (id, artist, title) VALUES (114, 90, 'Virtual XI');
INSERT INTO public.album (id, artist, title) VALUES (115, 91, 'Sex Machine');
INSERT INTO public.album (id, artist, title) VALUES (116, 92, 'Emergency On Planet Earth');
INSERT INTO public.album (id, artist, title) VALUES (117, 92, 'Synkronized');
INSERT INTO public.album (id, artist, title) VALUES (118, 92, 'The Return Of The Space Cowboy');
INSERT INTO public.album (id, artist, title) VALUES (119, 93, 'Get Born');
INSERT INTO public.album (id, artist, title) VALUES (120, 94, 'Are You Experienced?');
INSERT INTO public.album (id, artist, title) VALUES (121, 95, 'Surfing with the Alien (Remastered)');
INSERT INTO public.album (id, artist, title) VALUES (122, 46, 'Jorge Ben Jor 25 Anos');
INSERT INTO public.album (id, artist, title) VALUES (123, 96, 'Jota Quest-1995');
INSERT INTO public.album (id, artist, title) VALUES (124, 97, 'Cafezinho');
INSERT INTO public.album (id, artist, title) VALUES (125, 98, 'Living After Midnight');
INSERT INTO public.album (id, artist, title) VALUES (126, 52, 'Unplugged [Live]');
INSERT INTO public.album (id, artist, title) VALUES (127, 22, 'BBC Sessions [Disc 2] [Live]');
INSERT INTO public.album (id, artist, title) VALUES (128, 22, 'Coda');
INSERT INTO public.album (id, artist, title) VALUES (129, 22, 'Houses Of The Holy');
INSERT INTO public.album (id, artist, title) VALUES (130, 22, 'In Through The Out Door');
INSERT INTO public.album (id, artist, title) VALUES (131, 22, 'IV');
INSERT INTO public.album (id, artist, title) VALUES (132, 22, 'Led Zeppelin I');
INSERT INTO public.album (id, artist, title) VALUES (133, 22, 'Led Zeppelin II');
INSERT INTO public.album (id, artist, title) VALUES (134, 22, 'Led Zeppelin III');
INSERT INTO public.album (id, artist, title) VALUES (135, 22, 'Physical Graffiti [Disc 2]');
INSERT INTO public.album (id, artist, title) VALUES (136, 22, 'Presence');
INSERT INTO public.album (id, artist, title) VALUES (137, 22, 'The Song Remains The Same (Disc 1)');
INSERT INTO public.album (id, artist, title) VALUES (138, 22, 'The Song Remains The Same (Disc 2)');
INSERT INTO public.album (id, artist, title) VALUES (139, 99, 'A TempestadeTempestade Ou O Livro Dos Dias');
INSERT INTO public.album (id, artist, title) VALUES (140, 99, 'Mais Do Mesmo');
INSERT INTO public.album (id, artist, title) VALUES (141, 100, 'Greatest Hits');
INSERT INTO public.album (id, artist, title) VALUES (142, 101, 'Lulu Santos - RCA 100 Anos De Música - Álbum 01');
INSERT INTO public.album (id, artist, title) VALUES (143, 101, 'Lulu Santos - RCA 100 Anos De Música - Álbum 02');
INSERT INTO public.album (id, artist, title) VALUES (144, 102, 'Misplaced Childhood');
INSERT INTO public.album (id, artist, title) VALUES (145, 103, 'Barulhinho Bom');
INSERT INTO public.album (id, artist, title) VALUES (146, 104, 'Seek And Shall Find: More Of The Best (1963-1981)');
INSERT INTO public.album (id, artist, title) VALUES (147, 105, 'The Best Of Men At Work');
INSERT INTO public.album (id, artist, title) VALUES (148, 50, 'Black Album');
INSERT INTO public.album (id, artist, title) VALUES (149, 50, 'Garage Inc. (Disc 2)');
INSERT INTO public.album (id, artist, title) VALUES (150, 50, 'Kill ''Em All');
INSERT INTO public.album (id, artist, title) VALUES (151, 50, 'Load');
INSERT INTO public.album (id, artist, title) VALUES (152, 50, 'Master Of Puppets');
INSERT INTO public.album (id, artist, title) VALUES (153, 50, 'ReLoad');
INSERT INTO public.album (id, artist, title) VALUES (154, 50, 'Ride The Lightning');
INSERT INTO public.album (id, artist, title) VALUES (155, 50, 'St. Anger');
INSERT INTO public.album (id, artist, title) VALUES (156, 50, '...And Justice For All');
INSERT INTO public.album (id, artist, title) VALUES (157, 68, 'Miles Ahead');
INSERT INTO public.album (id, artist, title) VALUES (158, 42, 'Milton Nascimento Ao Vivo');
INSERT INTO public.album (id, artist, title) VALUES (159, 42, 'Minas');
INSERT INTO public.album (id, artist, title) VALUES (160, 106, 'Ace Of Spades');
INSERT INTO public.album (id, artist, title) VALUES (161, 108, 'Demorou...');
INSERT INTO public.album (id, artist, title) VALUES (162, 109, 'Motley Crue Greatest Hits');
INSERT INTO public.album (id, artist, title) VALUES (163, 110, 'From The Muddy Banks Of The Wishkah [Live]');
INSERT INTO public.album (id, artist, title) VALUES (164, 110, 'Nevermind');
INSERT INTO public.album (id, artist, title) VALUES (165, 111, 'Compositores');
INSERT INTO public.album (id, artist, title) VALUES (166, 112, 'Olodum');
INSERT INTO public.album (id, artist, title) VALUES (167, 113, 'Acústico MTV');
INSERT INTO public.album (id, artist, title) VALUES (168, 113, 'Arquivo II');
INSERT INTO public.album (id, artist, title) VALUES (169, 113, 'Arquivo Os Paralamas Do Sucesso');
INSERT INTO public.album (id, artist, title) VALUES (170, 114, 'Bark at the Moon (Remastered)');
INSERT INTO public.album (id, artist, title) VALUES (171, 114, 'Blizzard of Ozz');
INSERT INTO public.album (id, artist, title) VALUES (172, 114, 'Diary of a Madman (Remastered)');
INSERT INTO public.album (id, artist, title) VALUES (173, 114, 'No More Tears (Remastered)');
INSERT INTO public.album (id, artist, title) VALUES (174, 114, 'Tribute');
INSERT INTO public.album (id, artist, title) VALUES (175, 115, 'Walking Into Clarksdale');
INSERT INTO public.album (id, artist, title) VALUES (176, 116, 'Original Soundtracks 1');
INSERT INTO public.album (id, artist, title) VALUES (177, 117, 'The Beast Live');
INSERT INTO public.album (id, artist, title) VALUES (178, 118, 'Live On Two Legs [Live]');
INSERT INTO public.album (id, artist, title) VALUES (179, 118, 'Pearl Jam');
INSERT INTO public.album (id, artist, title) VALUES (180, 118, 'Riot Act');
INSERT INTO public.album (id, artist, title) VALUES (181, 118, 'Ten');
INSERT INTO public.album (id, artist, title) VALUES (182, 118, 'Vs.');
INSERT INTO public.album (id, artist, title) VALUES (183, 120, 'Dark Side Of The Moon');
INSERT INTO public.album (id, artist, title) VALUES (184, 121, 'Os Cães Ladram Mas A Caravana Não Pára');
INSERT INTO public.album (id, artist, title) VALUES (185, 51, 'Greatest Hits I');
INSERT INTO public.album (id, artist, title) VALUES (186, 51, 'News Of The World');
INSERT INTO public.album (id, artist, title) VALUES (187, 122, 'Out Of Time');
INSERT INTO public.album (id, artist, title) VALUES (188, 124, 'Green');
INSERT INTO public.album (id, artist, title) VALUES (189, 124, 'New Adventures In Hi-Fi');
INSERT INTO public.album (id, artist, title) VALUES (190, 124, 'The Best Of R.E.M.: The IRS Years');
INSERT INTO public.album (id, artist, title) VALUES (191, 125, 'Cesta Básica');
INSERT INTO public.album (id, artist, title) VALUES (192, 126, 'Raul Seixas');
INSERT INTO public.album (id, artist, title) VALUES (193, 127, 'Blood Sugar Sex Magik');
INSERT INTO public.album (id, artist, title) VALUES (194, 127, 'By The Way');
INSERT INTO public.album (id, artist, title) VALUES (195, 127, 'Californication');
INSERT INTO public.album (id, artist, title) VALUES (196, 128, 'Retrospective I (1974-1980)');
INSERT INTO public.album (id, artist, title) VALUES (197, 59, 'Santana - As Years Go By');
INSERT INTO public.album (id, artist, title) VALUES (198, 59, 'Santana Live');
INSERT INTO public.album (id, artist, title) VALUES (199, 130, 'Maquinarama');
INSERT INTO public.album (id, artist, title) VALUES (200, 130, 'O Samba Poconé');
INSERT INTO public.album (id, artist, title) VALUES (201, 131, 'Judas 0: B-Sides and Rarities');
INSERT INTO public.album (id, artist, title) VALUES (202, 131, 'Rotten Apples: Greatest Hits');
INSERT INTO public.album (id, artist, title) VALUES (203, 132, 'A-Sides');
INSERT INTO public.album (id, artist, title) VALUES (204, 53, 'Morning Dance');
INSERT INTO public.album (id, artist, title) VALUES (205, 133, 'In Step');
INSERT INTO public.album (id, artist, title) VALUES (206, 134, 'Core');
INSERT INTO public.album (id, artist, title) VALUES (207, 135, 'Mezmerize');
INSERT INTO public.album (id, artist, title) VALUES (208, 136, '[1997] Black Light Syndrome');
INSERT INTO public.album (id, artist, title) VALUES (209, 137, 'Live [Disc 1]');
INSERT INTO public.album (id, artist, title) VALUES (210, 137, 'Live [Disc 2]');
INSERT INTO public.album (id, artist, title) VALUES (211, 138, 'The Singles');
INSERT INTO public.album (id, artist, title) VALUES (212, 139, 'Beyond Good And Evil');
INSERT INTO public.album (id, artist, title) VALUES (213, 139, 'Pure Cult: The Best Of The Cult (For Rockers, Ravers, Lovers & Sinners) [UK]');
INSERT INTO public.album (id, artist, title) VALUES (214, 140, 'The Doors');
INSERT INTO public.album (id, artist, title) VALUES (215, 141, 'The Police Greatest Hits');
INSERT INTO public.album (id, artist, title) VALUES (216, 142, 'Hot Rocks, 1964-1971 (Disc 1)');
INSERT INTO public.album (id, artist, title) VALUES (217, 142, 'No Security');
INSERT INTO public.album (id, artist, title) VALUES (218, 142, 'Voodoo Lounge');
INSERT INTO public.album (id, artist, title) VALUES (219, 143, 'Tangents');
INSERT INTO public.album (id, artist, title) VALUES (220, 143, 'Transmission');
INSERT INTO public.album (id, artist, title) VALUES (221, 144, 'My Generation - The Very Best Of The Who');
INSERT INTO public.album (id, artist, title) VALUES (222, 145, 'Serie Sem Limite (Disc 1)');
INSERT INTO public.album (id, artist, title) VALUES (223, 145, 'Serie Sem Limite (Disc 2)');
INSERT INTO public.album (id, artist, title) VALUES (224, 146, 'Acústico');
INSERT INTO public.album (id, artist, title) VALUES (225, 146, 'Volume Dois');
INSERT INTO public.album (id, artist, title) VALUES (226, 147, 'Battlestar Galactica: The Story So Far');
INSERT INTO public.album (id, artist, title) VALUES (227, 147, 'Battlestar Galactica, Season 3');
INSERT INTO public.album (id, artist, title) VALUES (228, 148, 'Heroes, Season 1');
INSERT INTO public.album (id, artist, title) VALUES (229, 149, 'Lost, Season 3');
INSERT INTO public.album (id, artist, title) VALUES (230, 149, 'Lost, Season 1');
INSERT INTO public.album (id, artist, title) VALUES (231, 149, 'Lost, Season 2');
INSERT INTO public.album (id, artist, title) VALUES (232, 150, 'Achtung Baby');
INSERT INTO public.album (id, artist, title) VALUES (233, 150, 'All That You Can''t Leave Behind');
INSERT INTO public.album (id, artist, title) VALUES (234, 150, 'B-Sides 1980-1990');
INSERT INTO public.album (id, artist, title) VALUES (235, 150, 'How To Dismantle An Atomic Bomb');
INSERT INTO public.album (id, artist, title) VALUES (236, 150, 'Pop');
INSERT INTO public.album (id, artist, title) VALUES (237, 150, 'Rattle And Hum');
INSERT INTO public.album (id, artist, title) VALUES (238, 150, 'The Best Of 1980-1990');
INSERT INTO public.album (id, artist, title) VALUES (239, 150, 'War');
INSERT INTO public.album (id, artist, title) VALUES (240, 150, 'Zooropa');
INSERT INTO public.album (id, artist, title) VALUES (241, 151, 'UB40 The Best Of - Volume Two [UK]');
INSERT INTO public.album (id, artist, title) VALUES (242, 152, 'Diver Down');
INSERT INTO public.album (id, artist, title) VALUES (243, 152, 'The Best Of Van Halen, Vol. I');
INSERT INTO public.album (id, artist, title) VALUES (244, 152, 'Van Halen');
INSERT INTO public.album (id, artist, title) VALUES (245, 152, 'Van Halen III');
INSERT INTO public.album (id, artist, title) VALUES (246, 153, 'Contraband');
INSERT INTO public.album (id, artist, title) VALUES (247, 72, 'Vinicius De Moraes');
INSERT INTO public.album (id, artist, title) VALUES (248, 155, 'Ao Vivo [IMPORT]');
INSERT INTO public.album (id, artist, title) VALUES (249, 156, 'The Office, Season 1');
INSERT INTO public.album (id, artist, title) VALUES (250, 156, 'The Office, Season 2');
INSERT INTO public.album (id, artist, title) VALUES (251, 156, 'The Office, Season 3');
INSERT INTO public.album (id, artist, title) VALUES (252, 157, 'Un-Led-Ed');
INSERT INTO public.album (id, artist, title) VALUES (253, 158, 'Battlestar Galactica (Classic), Season 1');
INSERT INTO public.album (id, artist, title) VALUES (254, 159, 'Aquaman');
INSERT INTO public.album (id, artist, title) VALUES (255, 150, 'Instant Karma: The Amnesty International Campaign to Save Darfur');
INSERT INTO public.album (id, artist, title) VALUES (256, 114, 'Speak of the Devil');
INSERT INTO public.album (id, artist, title) VALUES (257, 179, '20th Century Masters - The Millennium Collection: The Best of Scorpions');
INSERT INTO public.album (id, artist, title) VALUES (258, 180, 'House of Pain');
INSERT INTO public.album (id, artist, title) VALUES (259, 36, 'Radio Brasil (O Som da Jovem Vanguarda) - Seleccao de Henrique Amaro');
INSERT INTO public.album (id, artist, title) VALUES (260, 196, 'Cake: B-Sides and Rarities');
INSERT INTO public.album (id, artist, title) VALUES (261, 149, 'LOST, Season 4');
INSERT INTO public.album (id, artist, title) VALUES (262, 197, 'Quiet Songs');
INSERT INTO public.album (id, artist, title) VALUES (263, 198, 'Muso Ko');
INSERT INTO public.album (id, artist, title) VALUES (264, 199, 'Realize');
INSERT INTO public.album (id, artist, title) VALUES (265, 200, 'Every Kind of Light');
INSERT INTO public.album (id, artist, title) VALUES (266, 201, 'Duos II');
INSERT INTO public.album (id, artist, title) VALUES (267, 202, 'Worlds');
INSERT INTO public.album (id, artist, title) VALUES (268, 203, 'The Best of Beethoven');
INSERT INTO public.album (id, artist, title) VALUES (269, 204, 'Temple of the Dog');
INSERT INTO public.album (id, artist, title) VALUES (270, 205, 'Carry On');
INSERT INTO public.album (id, artist, title) VALUES (271, 8, 'Revelations');
INSERT INTO public.album (id, artist, title) VALUES (272, 206, 'Adorate Deum: Gregorian Chant from the Proper of the Mass');
INSERT INTO public.album (id, artist, title) VALUES (273, 207, 'Allegri: Miserere');
INSERT INTO public.album (id, artist, title) VALUES (274, 208, 'Pachelbel: Canon & Gigue');
INSERT INTO public.album (id, artist, title) VALUES (275, 209, 'Vivaldi: The Four Seasons');
INSERT INTO public.album (id, artist, title) VALUES (276, 210, 'Bach: Violin Concertos');
INSERT INTO public.album (id, artist, title) VALUES (277, 211, 'Bach: Goldberg Variations');
INSERT INTO public.album (id, artist, title) VALUES (278, 212, 'Bach: The Cello Suites');
INSERT INTO public.album (id, artist, title) VALUES (279, 213, 'Handel: The Messiah (Highlights)');
INSERT INTO public.album (id, artist, title) VALUES (280, 214, 'The World of Classical Favourites');
INSERT INTO public.album (id, artist, title) VALUES (281, 215, 'Sir Neville Marriner: A Celebration');
INSERT INTO public.album (id, artist, title) VALUES (282, 216, 'Mozart: Wind Concertos');
INSERT INTO public.album (id, artist, title) VALUES (283, 217, 'Haydn: Symphonies 99 - 104');
INSERT INTO public.album (id, artist, title) VALUES (284, 218, 'Beethoven: Symhonies Nos. 5 & 6');
INSERT INTO public.album (id, artist, title) VALUES (285, 219, 'A Soprano Inspired');
INSERT INTO public.album (id, artist, title) VALUES (286, 220, 'Great Opera Choruses');
INSERT INTO public.album (id, artist, title) VALUES (287, 221, 'Wagner: Favourite Overtures');
INSERT INTO public.album (id, artist, title) VALUES (288, 222, 'Fauré: Requiem, Ravel: Pavane & Others');
INSERT INTO public.album (id, artist, title) VALUES (289, 223, 'Tchaikovsky: The Nutcracker');
INSERT INTO public.album (id, artist, title) VALUES (290, 224, 'The Last Night of the Proms');
INSERT INTO public.album (id, artist, title) VALUES (291, 225, 'Puccini: Madama Butterfly - Highlights');
INSERT INTO public.album (id, artist, title) VALUES (292, 226, 'Holst: The Planets, Op. 32 & Vaughan Williams: Fantasies');
INSERT INTO public.album (id, artist, title) VALUES (293, 227, 'Pavarotti''s Opera Made Easy');
INSERT INTO public.album (id, artist, title) VALUES (294, 228, 'Great Performances - Barber''s Adagio and Other Romantic Favorites for Strings');
INSERT INTO public.album (id, artist, title) VALUES (295, 229, 'Carmina Burana');
INSERT INTO public.album (id, artist, title) VALUES (296, 230, 'A Copland Celebration, Vol. I');
INSERT INTO public.album (id, artist, title) VALUES (297, 231, 'Bach: Toccata & Fugue in D Minor');
INSERT INTO public.album (id, artist, title) VALUES (298, 232, 'Prokofiev: Symphony No.1');
INSERT INTO public.album (id, artist, title) VALUES (299, 233, 'Scheherazade');
INSERT INTO public.album (id, artist, title) VALUES (300, 234, 'Bach: The Brandenburg Concertos');
INSERT INTO public.album (id, artist, title) VALUES (301, 235, 'Chopin: Piano Concertos Nos. 1 & 2');
INSERT INTO public.album (id, artist, title) VALUES (302, 236, 'Mascagni: Cavalleria Rusticana');
INSERT INTO public.album (id, artist, title) VALUES (303, 237, 'Sibelius: Finlandia');
INSERT INTO public.album (id, artist, title) VALUES (304, 238, 'Beethoven Piano Sonatas: Moonlight & Pastorale');
INSERT INTO public.album (id, artist, title) VALUES (305, 240, 'Great Recordings of the Century - Mahler: Das Lied von der Erde');
INSERT INTO public.album (id, artist, title) VALUES (306, 241, 'Elgar: Cello Concerto & Vaughan Williams: Fantasias');
INSERT INTO public.album (id, artist, title) VALUES (307, 242, 'Adams, John: The Chairman Dances');
INSERT INTO public.album (id, artist, title) VALUES (308, 243, 'Tchaikovsky: 1812 Festival Overture, Op.49, Capriccio Italien & Beethoven: Wellington''s Victory');
INSERT INTO public.album (id, artist, title) VALUES (309, 244, 'Palestrina: Missa Papae Marcelli & Allegri: Miserere');
INSERT INTO public.album (id, artist, title) VALUES (310, 245, 'Prokofiev: Romeo & Juliet');
INSERT INTO public.album (id, artist, title) VALUES (311, 226, 'Strauss: Waltzes');
INSERT INTO public.album (id, artist, title) VALUES (312, 245, 'Berlioz: Symphonie Fantastique');
INSERT INTO public.album (id, artist, title) VALUES (313, 246, 'Bizet: Carmen Highlights');
INSERT INTO public.album (id, artist, title) VALUES (314, 247, 'English Renaissance');
INSERT INTO public.album (id, artist, title) VALUES (315, 208, 'Handel: Music for the Royal Fireworks (Original Version 1749)');
INSERT INTO public.album (id, artist, title) VALUES (316, 248, 'Grieg: Peer Gynt Suites & Sibelius: Pelléas et Mélisande');
INSERT INTO public.album (id, artist, title) VALUES (317, 249, 'Mozart Gala: Famous Arias');
INSERT INTO public.album (id, artist, title) VALUES (318, 250, 'SCRIABIN: Vers la flamme');
INSERT INTO public.album (id, artist, title) VALUES (319, 251, 'Armada: Music from the Courts of England and Spain');
INSERT INTO public.album (id, artist, title) VALUES (320, 248, 'Mozart: Symphonies Nos. 40 & 41');
INSERT INTO public.album (id, artist, title) VALUES (321, 252, 'Back to Black');
INSERT INTO public.album (id, artist, title) VALUES (322, 252, 'Frank');
INSERT INTO public.album (id, artist, title) VALUES (323, 253, 'Carried to Dust (Bonus Track Version)');
INSERT INTO public.album (id, artist, title) VALUES (324, 254, 'Beethoven: Symphony No. 6 ''Pastoral'' Etc.');
INSERT INTO public.album (id, artist, title) VALUES (325, 255, 'Bartok: Violin & Viola Concertos');
INSERT INTO public.album (id, artist, title) VALUES (326, 256, 'Mendelssohn: A Midsummer Night''s Dream');
INSERT INTO public.album (id, artist, title) VALUES (327, 257, 'Bach: Orchestral Suites Nos. 1 - 4');
INSERT INTO public.album (id, artist, title) VALUES (328, 258, 'Charpentier: Divertissements, Airs & Concerts');
INSERT INTO public.album (id, artist, title) VALUES (329, 259, 'South American Getaway');
INSERT INTO public.album (id, artist, title) VALUES (330, 260, 'Górecki: Symphony No. 3');
INSERT INTO public.album (id, artist, title) VALUES (331, 261, 'Purcell: The Fairy Queen');
INSERT INTO public.album (id, artist, title) VALUES (332, 262, 'The Ultimate Relexation Album');
INSERT INTO public.album (id, artist, title) VALUES (333, 263, 'Purcell: Music for the Queen Mary');
INSERT INTO public.album (id, artist, title) VALUES (334, 264, 'Weill: The Seven Deadly Sins');
INSERT INTO public.album (id, artist, title) VALUES (335, 265, 'J.S. Bach: Chaconne, Suite in E Minor, Partita in E Major & Prelude, Fugue and Allegro');
INSERT INTO public.album (id, artist, title) VALUES (336, 248, 'Prokofiev: Symphony No.5 & Stravinksy: Le Sacre Du Printemps');
INSERT INTO public.album (id, artist, title) VALUES (337, 266, 'Szymanowski: Piano Works, Vol. 1');
INSERT INTO public.album (id, artist, title) VALUES (338, 267, 'Nielsen: The Six Symphonies');
INSERT INTO public.album (id, artist, title) VALUES (339, 268, 'Great Recordings of the Century: Paganini''s 24 Caprices');
INSERT INTO public.album (id, artist, title) VALUES (340, 269, 'Liszt - 12 Études D''Execution Transcendante');
INSERT INTO public.album (id, artist, title) VALUES (341, 270, 'Great Recordings of the Century - Shubert: Schwanengesang, 4 Lieder');
INSERT INTO public.album (id, artist, title) VALUES (342, 271, 'Locatelli: Concertos for Violin, Strings and Continuo, Vol. 3');
INSERT INTO public.album (id, artist, title) VALUES (343, 226, 'Respighi:Pines of Rome');
INSERT INTO public.album (id, artist, title) VALUES (344, 272, 'Schubert: The Late String Quartets & String Quintet (3 CD''s)');
INSERT INTO public.album (id, artist, title) VALUES (345, 273, 'Monteverdi: L''Orfeo');
INSERT INTO public.album (id, artist, title) VALUES (346, 274, 'Mozart: Chamber Music');
INSERT INTO public.album (id, artist, title) VALUES (347, 275, 'Koyaanisqatsi (Soundtrack from the Motion Picture)');


--
-- Data for Name: artist; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.artist (id, name) VALUES (1, 'AC/DC');
INSERT INTO public.artist (id, name) VALUES (2, 'Accept');
INSERT INTO public.artist (id, name) VALUES (3, 'Aerosmith');
INSERT INTO public.artist (id, name) VALUES (4, 'Alanis Morissette');
INSERT INTO public.artist (id, name) VALUES (5, 'Alice In Chains');
INSERT INTO public.artist (id, name) VALUES (6, 'Antônio Carlos Jobim');
INSERT INTO public.artist (id, name) VALUES (7, 'Apocalyptica');
INSERT INTO public.artist (id, name) VALUES (8, 'Audioslave');
INSERT INTO public.artist (id, name) VALUES (9, 'BackBeat');
INSERT INTO public.artist (id, name) VALUES (10, 'Billy Cobham');
INSERT INTO public.artist (id, name) VALUES (11, 'Black Label Society');
INSERT INTO public.artist (id, name) VALUES (12, 'Black Sabbath');
INSERT INTO public.artist (id, name) VALUES (13, 'Body Count');
INSERT INTO public.artist (id, name) VALUES (14, 'Bruce Dickinson');
INSERT INTO public.artist (id, name) VALUES (15, 'Buddy Guy');
INSERT INTO public.artist (id, name) VALUES (16, 'Caetano Veloso');
INSERT INTO public.artist (id, name) VALUES (17, 'Chico Buarque');
INSERT INTO public.artist (id, name) VALUES (18, 'Chico Science & Nação Zumbi');
INSERT INTO public.artist (id, name) VALUES (19, 'Cidade Negra');
INSERT INTO public.artist (id, name) VALUES (20, 'Cláudio Zoli');
INSERT INTO public.artist (id, name) VALUES (21, 'Various Artists');
INSERT INTO public.artist (id, name) VALUES (22, 'Led Zeppelin');
INSERT INTO public.artist (id, name) VALUES (23, 'Frank Zappa & Captain Beefheart');
INSERT INTO public.artist (id, name) VALUES (24, 'Marcos Valle');
INSERT INTO public.artist (id, name) VALUES (25, 'Milton Nascimento & Bebeto');
INSERT INTO public.artist (id, name) VALUES (26, 'Azymuth');
INSERT INTO public.artist (id, name) VALUES (27, 'Gilberto Gil');
INSERT INTO public.artist (id, name) VALUES (28, 'João Gilberto');
INSERT INTO public.artist (id, name) VALUES (29, 'Bebel Gilberto');
INSERT INTO public.artist (id, name) VALUES (30, 'Jorge Vercilo');
INSERT INTO public.artist (id, name) VALUES (31, 'Baby Consuelo');
INSERT INTO public.artist (id, name) VALUES (32, 'Ney Matogrosso');
INSERT INTO public.artist (id, name) VALUES (33, 'Luiz Melodia');
INSERT INTO public.artist (id, name) VALUES (34, 'Nando Reis');
INSERT INTO public.artist (id, name) VALUES (35, 'Pedro Luís & A Parede');
INSERT INTO public.artist (id, name) VALUES (36, 'O Rappa');
INSERT INTO public.artist (id, name) VALUES (37, 'Ed Motta');
INSERT INTO public.artist (id, name) VALUES (38, 'Banda Black Rio');
INSERT INTO public.artist (id, name) VALUES (39, 'Fernanda Porto');
INSERT INTO public.artist (id, name) VALUES (40, 'Os Cariocas');
INSERT INTO public.artist (id, name) VALUES (41, 'Elis Regina');
INSERT INTO public.artist (id, name) VALUES (42, 'Milton Nascimento');
INSERT INTO public.artist (id, name) VALUES (43, 'A Cor Do Som');
INSERT INTO public.artist (id, name) VALUES (44, 'Kid Abelha');
INSERT INTO public.artist (id, name) VALUES (45, 'Sandra De Sá');
INSERT INTO public.artist (id, name) VALUES (46, 'Jorge Ben');
INSERT INTO public.artist (id, name) VALUES (47, 'Hermeto Pascoal');
INSERT INTO public.artist (id, name) VALUES (48, 'Barão Vermelho');
INSERT INTO public.artist (id, name) VALUES (49, 'Edson, DJ Marky & DJ Patife Featuring Fernanda Porto');
INSERT INTO public.artist (id, name) VALUES (50, 'Metallica');
INSERT INTO public.artist (id, name) VALUES (51, 'Queen');
INSERT INTO public.artist (id, name) VALUES (52, 'Kiss');
INSERT INTO public.artist (id, name) VALUES (53, 'Spyro Gyra');
INSERT INTO public.artist (id, name) VALUES (54, 'Green Day');
INSERT INTO public.artist (id, name) VALUES (55, 'David Coverdale');
INSERT INTO public.artist (id, name) VALUES (56, 'Gonzaguinha');
INSERT INTO public.artist (id, name) VALUES (57, 'Os Mutantes');
INSERT INTO public.artist (id, name) VALUES (58, 'Deep Purple');
INSERT INTO public.artist (id, name) VALUES (59, 'Santana');
INSERT INTO public.artist (id, name) VALUES (60, 'Santana Feat. Dave Matthews');
INSERT INTO public.artist (id, name) VALUES (61, 'Santana Feat. Everlast');
INSERT INTO public.artist (id, name) VALUES (62, 'Santana Feat. Rob Thomas');
INSERT INTO public.artist (id, name) VALUES (63, 'Santana Feat. Lauryn Hill & Cee-Lo');
INSERT INTO public.artist (id, name) VALUES (64, 'Santana Feat. The Project G&B');
INSERT INTO public.artist (id, name) VALUES (65, 'Santana Feat. Maná');
INSERT INTO public.artist (id, name) VALUES (66, 'Santana Feat. Eagle-Eye Cherry');
INSERT INTO public.artist (id, name) VALUES (67, 'Santana Feat. Eric Clapton');
INSERT INTO public.artist (id, name) VALUES (68, 'Miles Davis');
INSERT INTO public.artist (id, name) VALUES (69, 'Gene Krupa');
INSERT INTO public.artist (id, name) VALUES (70, 'Toquinho & Vinícius');
INSERT INTO public.artist (id, name) VALUES (71, 'Vinícius De Moraes & Baden Powell');
INSERT INTO public.artist (id, name) VALUES (72, 'Vinícius De Moraes');
INSERT INTO public.artist (id, name) VALUES (73, 'Vinícius E Qurteto Em Cy');
INSERT INTO public.artist (id, name) VALUES (74, 'Vinícius E Odette Lara');
INSERT INTO public.artist (id, name) VALUES (75, 'Vinicius, Toquinho & Quarteto Em Cy');
INSERT INTO public.artist (id, name) VALUES (76, 'Creedence Clearwater Revival');
INSERT INTO public.artist (id, name) VALUES (77, 'Cássia Eller');
INSERT INTO public.artist (id, name) VALUES (78, 'Def Leppard');
INSERT INTO public.artist (id, name) VALUES (79, 'Dennis Chambers');
INSERT INTO public.artist (id, name) VALUES (80, 'Djavan');
INSERT INTO public.artist (id, name) VALUES (81, 'Eric Clapton');
INSERT INTO public.artist (id, name) VALUES (82, 'Faith No More');
INSERT INTO public.artist (id, name) VALUES (83, 'Falamansa');
INSERT INTO public.artist (id, name) VALUES (84, 'Foo Fighters');
INSERT INTO public.artist (id, name) VALUES (85, 'Frank Sinatra');
INSERT INTO public.artist (id, name) VALUES (86, 'Funk Como Le Gusta');
INSERT INTO public.artist (id, name) VALUES (87, 'Godsmack');
INSERT INTO public.artist (id, name) VALUES (88, 'Guns N'' Roses');
INSERT INTO public.artist (id, name) VALUES (89, 'Incognito');
INSERT INTO public.artist (id, name) VALUES (90, 'Iron Maiden');
INSERT INTO public.artist (id, name) VALUES (91, 'James Brown');
INSERT INTO public.artist (id, name) VALUES (92, 'Jamiroquai');
INSERT INTO public.artist (id, name) VALUES (93, 'JET');
INSERT INTO public.artist (id, name) VALUES (94, 'Jimi Hendrix');
INSERT INTO public.artist (id, name) VALUES (95, 'Joe Satriani');
INSERT INTO public.artist (id, name) VALUES (96, 'Jota Quest');
INSERT INTO public.artist (id, name) VALUES (97, 'João Suplicy');
INSERT INTO public.artist (id, name) VALUES (98, 'Judas Priest');
INSERT INTO public.artist (id, name) VALUES (99, 'Legião Urbana');
INSERT INTO public.artist (id, name) VALUES (100, 'Lenny Kravitz');
INSERT INTO public.artist (id, name) VALUES (101, 'Lulu Santos');
INSERT INTO public.artist (id, name) VALUES (102, 'Marillion');
INSERT INTO public.artist (id, name) VALUES (103, 'Marisa Monte');
INSERT INTO public.artist (id, name) VALUES (104, 'Marvin Gaye');
INSERT INTO public.artist (id, name) VALUES (105, 'Men At Work');
INSERT INTO public.artist (id, name) VALUES (106, 'Motörhead');
INSERT INTO public.artist (id, name) VALUES (107, 'Motörhead & Girlschool');
INSERT INTO public.artist (id, name) VALUES (108, 'Mônica Marianno');
INSERT INTO public.artist (id, name) VALUES (109, 'Mötley Crüe');
INSERT INTO public.artist (id, name) VALUES (110, 'Nirvana');
INSERT INTO public.artist (id, name) VALUES (111, 'O Terço');
INSERT INTO public.artist (id, name) VALUES (112, 'Olodum');
INSERT INTO public.artist (id, name) VALUES (113, 'Os Paralamas Do Sucesso');
INSERT INTO public.artist (id, name) VALUES (114, 'Ozzy Osbourne');
INSERT INTO public.artist (id, name) VALUES (115, 'Page & Plant');
INSERT INTO public.artist (id, name) VALUES (116, 'Passengers');
INSERT INTO public.artist (id, name) VALUES (117, 'Paul D''Ianno');
INSERT INTO public.artist (id, name) VALUES (118, 'Pearl Jam');
INSERT INTO public.artist (id, name) VALUES (119, 'Peter Tosh');
INSERT INTO public.artist (id, name) VALUES (120, 'Pink Floyd');
INSERT INTO public.artist (id, name) VALUES (121, 'Planet Hemp');
INSERT INTO public.artist (id, name) VALUES (122, 'R.E.M. Feat. Kate Pearson');
INSERT INTO public.artist (id, name) VALUES (123, 'R.E.M. Feat. KRS-One');
INSERT INTO public.artist (id, name) VALUES (124, 'R.E.M.');
INSERT INTO public.artist (id, name) VALUES (125, 'Raimundos');
INSERT INTO public.artist (id, name) VALUES (126, 'Raul Seixas');
INSERT INTO public.artist (id, name) VALUES (127, 'Red Hot Chili Peppers');
INSERT INTO public.artist (id, name) VALUES (128, 'Rush');
INSERT INTO public.artist (id, name) VALUES (129, 'Simply Red');
INSERT INTO public.artist (id, name) VALUES (130, 'Skank');
INSERT INTO public.artist (id, name) VALUES (131, 'Smashing Pumpkins');
INSERT INTO public.artist (id, name) VALUES (132, 'Soundgarden');
INSERT INTO public.artist (id, name) VALUES (133, 'Stevie Ray Vaughan & Double Trouble');
INSERT INTO public.artist (id, name) VALUES (134, 'Stone Temple Pilots');
INSERT INTO public.artist (id, name) VALUES (135, 'System Of A Down');
INSERT INTO public.artist (id, name) VALUES (136, 'Terry Bozzio, Tony Levin & Steve Stevens');
INSERT INTO public.artist (id, name) VALUES (137, 'The Black Crowes');
INSERT INTO public.artist (id, name) VALUES (138, 'The Clash');
INSERT INTO public.artist (id, name) VALUES (139, 'The Cult');
INSERT INTO public.artist (id, name) VALUES (140, 'The Doors');
INSERT INTO public.artist (id, name) VALUES (141, 'The Police');
INSERT INTO public.artist (id, name) VALUES (142, 'The Rolling Stones');
INSERT INTO public.artist (id, name) VALUES (143, 'The Tea Party');
INSERT INTO public.artist (id, name) VALUES (144, 'The Who');
INSERT INTO public.artist (id, name) VALUES (145, 'Tim Maia');
INSERT INTO public.artist (id, name) VALUES (146, 'Titãs');
INSERT INTO public.artist (id, name) VALUES (147, 'Battlestar Galactica');
INSERT INTO public.artist (id, name) VALUES (148, 'Heroes');
INSERT INTO public.artist (id, name) VALUES (149, 'Lost');
INSERT INTO public.artist (id, name) VALUES (150, 'U2');
INSERT INTO public.artist (id, name) VALUES (151, 'UB40');
INSERT INTO public.artist (id, name) VALUES (152, 'Van Halen');
INSERT INTO public.artist (id, name) VALUES (153, 'Velvet Revolver');
INSERT INTO public.artist (id, name) VALUES (154, 'Whitesnake');
INSERT INTO public.artist (id, name) VALUES (155, 'Zeca Pagodinho');
INSERT INTO public.artist (id, name) VALUES (156, 'The Office');
INSERT INTO public.artist (id, name) VALUES (157, 'Dread Zeppelin');
INSERT INTO public.artist (id, name) VALUES (158, 'Battlestar Galactica (Classic)');
INSERT INTO public.artist (id, name) VALUES (159, 'Aquaman');
INSERT INTO public.artist (id, name) VALUES (160, 'Christina Aguilera featuring BigElf');
INSERT INTO public.artist (id, name) VALUES (161, 'Aerosmith & Sierra Leone''s Refugee Allstars');
INSERT INTO public.artist (id, name) VALUES (162, 'Los Lonely Boys');
INSERT INTO public.artist (id, name) VALUES (163, 'Corinne Bailey Rae');
INSERT INTO public.artist (id, name) VALUES (164, 'Dhani Harrison & Jakob Dylan');
INSERT INTO public.artist (id, name) VALUES (165, 'Jackson Browne');
INSERT INTO public.artist (id, name) VALUES (166, 'Avril Lavigne');
INSERT INTO public.artist (id, name) VALUES (167, 'Big & Rich');
INSERT INTO public.artist (id, name) VALUES (168, 'Youssou N''Dour');
INSERT INTO public.artist (id, name) VALUES (169, 'Black Eyed Peas');
INSERT INTO public.artist (id, name) VALUES (170, 'Jack Johnson');
INSERT INTO public.artist (id, name) VALUES (171, 'Ben Harper');
INSERT INTO public.artist (id, name) VALUES (172, 'Snow Patrol');
INSERT INTO public.artist (id, name) VALUES (173, 'Matisyahu');
INSERT INTO public.artist (id, name) VALUES (174, 'The Postal Service');
INSERT INTO public.artist (id, name) VALUES (175, 'Jaguares');
INSERT INTO public.artist (id, name) VALUES (176, 'The Flaming Lips');
INSERT INTO public.artist (id, name) VALUES (177, 'Jack''s Mannequin & Mick Fleetwood');
INSERT INTO public.artist (id, name) VALUES (178, 'Regina Spektor');
INSERT INTO public.artist (id, name) VALUES (179, 'Scorpions');
INSERT INTO public.artist (id, name) VALUES (180, 'House Of Pain');
INSERT INTO public.artist (id, name) VALUES (181, 'Xis');
INSERT INTO public.artist (id, name) VALUES (182, 'Nega Gizza');
INSERT INTO public.artist (id, name) VALUES (183, 'Gustavo & Andres Veiga & Salazar');
INSERT INTO public.artist (id, name) VALUES (184, 'Rodox');
INSERT INTO public.artist (id, name) VALUES (185, 'Charlie Brown Jr.');
INSERT INTO public.artist (id, name) VALUES (186, 'Pedro Luís E A Parede');
INSERT INTO public.artist (id, name) VALUES (187, 'Los Hermanos');
INSERT INTO public.artist (id, name) VALUES (188, 'Mundo Livre S/A');
INSERT INTO public.artist (id, name) VALUES (189, 'Otto');
INSERT INTO public.artist (id, name) VALUES (190, 'Instituto');
INSERT INTO public.artist (id, name) VALUES (191, 'Nação Zumbi');
INSERT INTO public.artist (id, name) VALUES (192, 'DJ Dolores & Orchestra Santa Massa');
INSERT INTO public.artist (id, name) VALUES (193, 'Seu Jorge');
INSERT INTO public.artist (id, name) VALUES (194, 'Sabotage E Instituto');
INSERT INTO public.artist (id, name) VALUES (195, 'Stereo Maracana');
INSERT INTO public.artist (id, name) VALUES (196, 'Cake');
INSERT INTO public.artist (id, name) VALUES (197, 'Aisha Duo');
INSERT INTO public.artist (id, name) VALUES (198, 'Habib Koité and Bamada');
INSERT INTO public.artist (id, name) VALUES (199, 'Karsh Kale');
INSERT INTO public.artist (id, name) VALUES (200, 'The Posies');
INSERT INTO public.artist (id, name) VALUES (201, 'Luciana Souza/Romero Lubambo');
INSERT INTO public.artist (id, name) VALUES (202, 'Aaron Goldberg');
INSERT INTO public.artist (id, name) VALUES (203, 'Nicolaus Esterhazy Sinfonia');
INSERT INTO public.artist (id, name) VALUES (204, 'Temple of the Dog');
INSERT INTO public.artist (id, name) VALUES (205, 'Chris Cornell');
INSERT INTO public.artist (id, name) VALUES (206, 'Alberto Turco & Nova Schola Gregoriana');
INSERT INTO public.artist (id, name) VALUES (207, 'Richard Marlow & The Choir of Trinity College, Cambridge');
INSERT INTO public.artist (id, name) VALUES (208, 'English Concert & Trevor Pinnock');
INSERT INTO public.artist (id, name) VALUES (209, 'Anne-Sophie Mutter, Herbert Von Karajan & Wiener Philharmoniker');
INSERT INTO public.artist (id, name) VALUES (210, 'Hilary Hahn, Jeffrey Kahane, Los Angeles Chamber Orchestra & Margaret Batjer');
INSERT INTO public.artist (id, name) VALUES (211, 'Wilhelm Kempff');
INSERT INTO public.artist (id, name) VALUES (212, 'Yo-Yo Ma');
INSERT INTO public.artist (id, name) VALUES (213, 'Scholars Baroque Ensemble');
INSERT INTO public.artist (id, name) VALUES (214, 'Academy of St. Martin in the Fields & Sir Neville Marriner');
INSERT INTO public.artist (id, name) VALUES (215, 'Academy of St. Martin in the Fields Chamber Ensemble & Sir Neville Marriner');
INSERT INTO public.artist (id, name) VALUES (216, 'Berliner Philharmoniker, Claudio Abbado & Sabine Meyer');
INSERT INTO public.artist (id, name) VALUES (217, 'Royal Philharmonic Orchestra & Sir Thomas Beecham');
INSERT INTO public.artist (id, name) VALUES (218, 'Orchestre Révolutionnaire et Romantique & John Eliot Gardiner');
INSERT INTO public.artist (id, name) VALUES (219, 'Britten Sinfonia, Ivor Bolton & Lesley Garrett');
INSERT INTO public.artist (id, name) VALUES (220, 'Chicago Symphony Chorus, Chicago Symphony Orchestra & Sir Georg Solti');
INSERT INTO public.artist (id, name) VALUES (221, 'Sir Georg Solti & Wiener Philharmoniker');
INSERT INTO public.artist (id, name) VALUES (222, 'Academy of St. Martin in the Fields, John Birch, Sir Neville Marriner & Sylvia McNair');
INSERT INTO public.artist (id, name) VALUES (223, 'London Symphony Orchestra & Sir Charles Mackerras');
INSERT INTO public.artist (id, name) VALUES (224, 'Barry Wordsworth & BBC Concert Orchestra');
INSERT INTO public.artist (id, name) VALUES (225, 'Herbert Von Karajan, Mirella Freni & Wiener Philharmoniker');
INSERT INTO public.artist (id, name) VALUES (226, 'Eugene Ormandy');
INSERT INTO public.artist (id, name) VALUES (227, 'Luciano Pavarotti');
INSERT INTO public.artist (id, name) VALUES (228, 'Leonard Bernstein & New York Philharmonic');
INSERT INTO public.artist (id, name) VALUES (229, 'Boston Symphony Orchestra & Seiji Ozawa');
INSERT INTO public.artist (id, name) VALUES (230, 'Aaron Copland & London Symphony Orchestra');
INSERT INTO public.artist (id, name) VALUES (231, 'Ton Koopman');
INSERT INTO public.artist (id, name) VALUES (232, 'Sergei Prokofiev & Yuri Temirkanov');
INSERT INTO public.artist (id, name) VALUES (233, 'Chicago Symphony Orchestra & Fritz Reiner');
INSERT INTO public.artist (id, name) VALUES (234, 'Orchestra of The Age of Enlightenment');
INSERT INTO public.artist (id, name) VALUES (235, 'Emanuel Ax, Eugene Ormandy & Philadelphia Orchestra');
INSERT INTO public.artist (id, name) VALUES (236, 'James Levine');
INSERT INTO public.artist (id, name) VALUES (237, 'Berliner Philharmoniker & Hans Rosbaud');
INSERT INTO public.artist (id, name) VALUES (238, 'Maurizio Pollini');
INSERT INTO public.artist (id, name) VALUES (239, 'Academy of St. Martin in the Fields, Sir Neville Marriner & William Bennett');
INSERT INTO public.artist (id, name) VALUES (240, 'Gustav Mahler');
INSERT INTO public.artist (id, name) VALUES (241, 'Felix Schmidt, London Symphony Orchestra & Rafael Frühbeck de Burgos');
INSERT INTO public.artist (id, name) VALUES (242, 'Edo de Waart & San Francisco Symphony');
INSERT INTO public.artist (id, name) VALUES (243, 'Antal Doráti & London Symphony Orchestra');
INSERT INTO public.artist (id, name) VALUES (244, 'Choir Of Westminster Abbey & Simon Preston');
INSERT INTO public.artist (id, name) VALUES (245, 'Michael Tilson Thomas & San Francisco Symphony');
INSERT INTO public.artist (id, name) VALUES (246, 'Chor der Wiener Staatsoper, Herbert Von Karajan & Wiener Philharmoniker');
INSERT INTO public.artist (id, name) VALUES (247, 'The King''s Singers');
INSERT INTO public.artist (id, name) VALUES (248, 'Berliner Philharmoniker & Herbert Von Karajan');
INSERT INTO public.artist (id, name) VALUES (249, 'Sir Georg Solti, Sumi Jo & Wiener Philharmoniker');
INSERT INTO public.artist (id, name) VALUES (250, 'Christopher O''Riley');
INSERT INTO public.artist (id, name) VALUES (251, 'Fretwork');
INSERT INTO public.artist (id, name) VALUES (252, 'Amy Winehouse');
INSERT INTO public.artist (id, name) VALUES (253, 'Calexico');
INSERT INTO public.artist (id, name) VALUES (254, 'Otto Klemperer & Philharmonia Orchestra');
INSERT INTO public.artist (id, name) VALUES (255, 'Yehudi Menuhin');
INSERT INTO public.artist (id, name) VALUES (256, 'Philharmonia Orchestra & Sir Neville Marriner');
INSERT INTO public.artist (id, name) VALUES (257, 'Academy of St. Martin in the Fields, Sir Neville Marriner & Thurston Dart');
INSERT INTO public.artist (id, name) VALUES (258, 'Les Arts Florissants & William Christie');
INSERT INTO public.artist (id, name) VALUES (259, 'The 12 Cellists of The Berlin Philharmonic');
INSERT INTO public.artist (id, name) VALUES (260, 'Adrian Leaper & Doreen de Feis');
INSERT INTO public.artist (id, name) VALUES (261, 'Roger Norrington, London Classical Players');
INSERT INTO public.artist (id, name) VALUES (262, 'Charles Dutoit & L''Orchestre Symphonique de Montréal');
INSERT INTO public.artist (id, name) VALUES (263, 'Equale Brass Ensemble, John Eliot Gardiner & Munich Monteverdi Orchestra and Choir');
INSERT INTO public.artist (id, name) VALUES (264, 'Kent Nagano and Orchestre de l''Opéra de Lyon');
INSERT INTO public.artist (id, name) VALUES (265, 'Julian Bream');
INSERT INTO public.artist (id, name) VALUES (266, 'Martin Roscoe');
INSERT INTO public.artist (id, name) VALUES (267, 'Göteborgs Symfoniker & Neeme Järvi');
INSERT INTO public.artist (id, name) VALUES (268, 'Itzhak Perlman');
INSERT INTO public.artist (id, name) VALUES (269, 'Michele Campanella');
INSERT INTO public.artist (id, name) VALUES (270, 'Gerald Moore');
INSERT INTO public.artist (id, name) VALUES (271, 'Mela Tenenbaum, Pro Musica Prague & Richard Kapp');
INSERT INTO public.artist (id, name) VALUES (272, 'Emerson String Quartet');
INSERT INTO public.artist (id, name) VALUES (273, 'C. Monteverdi, Nigel Rogers - Chiaroscuro; London Baroque; London Cornett & Sackbu');
INSERT INTO public.artist (id, name) VALUES (274, 'Nash Ensemble');
INSERT INTO public.artist (id, name) VALUES (275, 'Philip Glass Ensemble');


--
-- Data for Name: customer; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (1, 'São José dos Campos', '+55 (12) 3923-5566', 'Luís', 'Gonçalves', 'Embraer - Empresa Brasileira de Aeronáutica S.A.', '+55 (12) 3923-5555', 'SP', 'Av. Brigadeiro Faria Lima, 2170', '12227-000', 3, 'Brazil', 'luisg@embraer.com.br');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (2, 'Stuttgart', NULL, 'Leonie', 'Köhler', NULL, '+49 0711 2842222', NULL, 'Theodor-Heuss-Straße 34', '70174', 5, 'Germany', 'leonekohler@surfeu.de');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (3, 'Montréal', NULL, 'François', 'Tremblay', NULL, '+1 (514) 721-4711', 'QC', '1498 rue Bélanger', 'H2G 1A7', 3, 'Canada', 'ftremblay@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (4, 'Oslo', NULL, 'Bjørn', 'Hansen', NULL, '+47 22 44 22 22', NULL, 'Ullevålsveien 14', '0171', 4, 'Norway', 'bjorn.hansen@yahoo.no');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (5, 'Prague', '+420 2 4172 5555', 'František', 'Wichterlová', 'JetBrains s.r.o.', '+420 2 4172 5555', NULL, 'Klanova 9/506', '14700', 4, 'Czech Republic', 'frantisekw@jetbrains.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (6, 'Prague', NULL, 'Helena', 'Holý', NULL, '+420 2 4177 0449', NULL, 'Rilská 3174/6', '14300', 5, 'Czech Republic', 'hholy@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (7, 'Vienne', NULL, 'Astrid', 'Gruber', NULL, '+43 01 5134505', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', '1010', 5, 'Austria', 'astrid.gruber@apple.at');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (8, 'Brussels', NULL, 'Daan', 'Peeters', NULL, '+32 02 219 03 03', NULL, 'Grétrystraat 63', '1000', 4, 'Belgium', 'daan_peeters@apple.be');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (9, 'Copenhagen', NULL, 'Kara', 'Nielsen', NULL, '+453 3331 9991', NULL, 'Sønder Boulevard 51', '1720', 4, 'Denmark', 'kara.nielsen@jubii.dk');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (10, 'São Paulo', '+55 (11) 3033-4564', 'Eduardo', 'Martins', 'Woodstock Discos', '+55 (11) 3033-5446', 'SP', 'Rua Dr. Falcão Filho, 155', '01007-010', 4, 'Brazil', 'eduardo@woodstock.com.br');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (11, 'São Paulo', '+55 (11) 3055-8131', 'Alexandre', 'Rocha', 'Banco do Brasil S.A.', '+55 (11) 3055-3278', 'SP', 'Av. Paulista, 2022', '01310-200', 5, 'Brazil', 'alero@uol.com.br');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (12, 'Rio de Janeiro', '+55 (21) 2271-7070', 'Roberto', 'Almeida', 'Riotur', '+55 (21) 2271-7000', 'RJ', 'Praça Pio X, 119', '20040-020', 3, 'Brazil', 'roberto.almeida@riotur.gov.br');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (13, 'Brasília', '+55 (61) 3363-7855', 'Fernanda', 'Ramos', NULL, '+55 (61) 3363-5547', 'DF', 'Qe 7 Bloco G', '71020-677', 4, 'Brazil', 'fernadaramos4@uol.com.br');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (14, 'Edmonton', '+1 (780) 434-5565', 'Mark', 'Philips', 'Telus', '+1 (780) 434-4554', 'AB', '8210 111 ST NW', 'T6G 2C7', 5, 'Canada', 'mphilips12@shaw.ca');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (15, 'Vancouver', '+1 (604) 688-8756', 'Jennifer', 'Peterson', 'Rogers Canada', '+1 (604) 688-2255', 'BC', '700 W Pender Street', 'V6C 1G8', 3, 'Canada', 'jenniferp@rogers.ca');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (16, 'Mountain View', '+1 (650) 253-0000', 'Frank', 'Harris', 'Google Inc.', '+1 (650) 253-0000', 'CA', '1600 Amphitheatre Parkway', '94043-1351', 4, 'USA', 'fharris@google.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (17, 'Redmond', '+1 (425) 882-8081', 'Jack', 'Smith', 'Microsoft Corporation', '+1 (425) 882-8080', 'WA', '1 Microsoft Way', '98052-8300', 5, 'USA', 'jacksmith@microsoft.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (18, 'New York', '+1 (212) 221-4679', 'Michelle', 'Brooks', NULL, '+1 (212) 221-3546', 'NY', '627 Broadway', '10012-2612', 3, 'USA', 'michelleb@aol.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (19, 'Cupertino', '+1 (408) 996-1011', 'Tim', 'Goyer', 'Apple Inc.', '+1 (408) 996-1010', 'CA', '1 Infinite Loop', '95014', 3, 'USA', 'tgoyer@apple.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (20, 'Mountain View', NULL, 'Dan', 'Miller', NULL, '+1 (650) 644-3358', 'CA', '541 Del Medio Avenue', '94040-111', 4, 'USA', 'dmiller@comcast.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (21, 'Reno', NULL, 'Kathy', 'Chase', NULL, '+1 (775) 223-7665', 'NV', '801 W 4th Street', '89503', 5, 'USA', 'kachase@hotmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (22, 'Orlando', NULL, 'Heather', 'Leacock', NULL, '+1 (407) 999-7788', 'FL', '120 S Orange Ave', '32801', 4, 'USA', 'hleacock@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (23, 'Boston', NULL, 'John', 'Gordon', NULL, '+1 (617) 522-1333', 'MA', '69 Salem Street', '2113', 4, 'USA', 'johngordon22@yahoo.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (24, 'Chicago', NULL, 'Frank', 'Ralston', NULL, '+1 (312) 332-3232', 'IL', '162 E Superior Street', '60611', 3, 'USA', 'fralston@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (25, 'Madison', NULL, 'Victor', 'Stevens', NULL, '+1 (608) 257-0597', 'WI', '319 N. Frances Street', '53703', 5, 'USA', 'vstevens@yahoo.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (26, 'Fort Worth', NULL, 'Richard', 'Cunningham', NULL, '+1 (817) 924-7272', 'TX', '2211 W Berry Street', '76110', 4, 'USA', 'ricunningham@hotmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (27, 'Tucson', NULL, 'Patrick', 'Gray', NULL, '+1 (520) 622-4200', 'AZ', '1033 N Park Ave', '85719', 4, 'USA', 'patrick.gray@aol.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (28, 'Salt Lake City', NULL, 'Julia', 'Barnett', NULL, '+1 (801) 531-7272', 'UT', '302 S 700 E', '84102', 5, 'USA', 'jubarnett@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (29, 'Toronto', NULL, 'Robert', 'Brown', NULL, '+1 (416) 363-8888', 'ON', '796 Dundas Street West', 'M6J 1V1', 3, 'Canada', 'robbrown@shaw.ca');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (30, 'Ottawa', NULL, 'Edward', 'Francis', NULL, '+1 (613) 234-3322', 'ON', '230 Elgin Street', 'K2P 1L7', 3, 'Canada', 'edfrancis@yachoo.ca');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (31, 'Halifax', NULL, 'Martha', 'Silk', NULL, '+1 (902) 450-0450', 'NS', '194A Chain Lake Drive', 'B3S 1C5', 5, 'Canada', 'marthasilk@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (32, 'Winnipeg', NULL, 'Aaron', 'Mitchell', NULL, '+1 (204) 452-6452', 'MB', '696 Osborne Street', 'R3L 2B9', 4, 'Canada', 'aaronmitchell@yahoo.ca');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (33, 'Yellowknife', NULL, 'Ellie', 'Sullivan', NULL, '+1 (867) 920-2233', 'NT', '5112 48 Street', 'X1A 1N6', 3, 'Canada', 'ellie.sullivan@shaw.ca');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (34, 'Lisbon', NULL, 'João', 'Fernandes', NULL, '+351 (213) 466-111', NULL, 'Rua da Assunção 53', NULL, 4, 'Portugal', 'jfernandes@yahoo.pt');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (35, 'Porto', NULL, 'Madalena', 'Sampaio', NULL, '+351 (225) 022-448', NULL, 'Rua dos Campeões Europeus de Viena, 4350', NULL, 4, 'Portugal', 'masampaio@sapo.pt');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (36, 'Berlin', NULL, 'Hannah', 'Schneider', NULL, '+49 030 26550280', NULL, 'Tauentzienstraße 8', '10789', 5, 'Germany', 'hannah.schneider@yahoo.de');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (37, 'Frankfurt', NULL, 'Fynn', 'Zimmermann', NULL, '+49 069 40598889', NULL, 'Berger Straße 10', '60316', 3, 'Germany', 'fzimmermann@yahoo.de');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (38, 'Berlin', NULL, 'Niklas', 'Schröder', NULL, '+49 030 2141444', NULL, 'Barbarossastraße 19', '10779', 3, 'Germany', 'nschroder@surfeu.de');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (39, 'Paris', NULL, 'Camille', 'Bernard', NULL, '+33 01 49 70 65 65', NULL, '4, Rue Milton', '75009', 4, 'France', 'camille.bernard@yahoo.fr');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (40, 'Paris', NULL, 'Dominique', 'Lefebvre', NULL, '+33 01 47 42 71 71', NULL, '8, Rue Hanovre', '75002', 4, 'France', 'dominiquelefebvre@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (41, 'Lyon', NULL, 'Marc', 'Dubois', NULL, '+33 04 78 30 30 30', NULL, '11, Place Bellecour', '69002', 5, 'France', 'marc.dubois@hotmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (42, 'Bordeaux', NULL, 'Wyatt', 'Girard', NULL, '+33 05 56 96 96 96', NULL, '9, Place Louis Barthou', '33000', 3, 'France', 'wyatt.girard@yahoo.fr');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (43, 'Dijon', NULL, 'Isabelle', 'Mercier', NULL, '+33 03 80 73 66 99', NULL, '68, Rue Jouvence', '21000', 3, 'France', 'isabelle_mercier@apple.fr');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (44, 'Helsinki', NULL, 'Terhi', 'Hämäläinen', NULL, '+358 09 870 2000', NULL, 'Porthaninkatu 9', '00530', 3, 'Finland', 'terhi.hamalainen@apple.fi');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (45, 'Budapest', NULL, 'Ladislav', 'Kovács', NULL, NULL, NULL, 'Erzsébet krt. 58.', 'H-1073', 3, 'Hungary', 'ladislav_kovacs@apple.hu');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (46, 'Dublin', NULL, 'Hugh', 'O''Reilly', NULL, '+353 01 6792424', 'Dublin', '3 Chatham Street', NULL, 3, 'Ireland', 'hughoreilly@apple.ie');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (47, 'Rome', NULL, 'Lucas', 'Mancini', NULL, '+39 06 39733434', 'RM', 'Via Degli Scipioni, 43', '00192', 5, 'Italy', 'lucas.mancini@yahoo.it');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (48, 'Amsterdam', NULL, 'Johannes', 'Van der Berg', NULL, '+31 020 6223130', 'VV', 'Lijnbaansgracht 120bg', '1016', 5, 'Netherlands', 'johavanderberg@yahoo.nl');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (49, 'Warsaw', NULL, 'Stanisław', 'Wójcik', NULL, '+48 22 828 37 39', NULL, 'Ordynacka 10', '00-358', 4, 'Poland', 'stanisław.wójcik@wp.pl');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (50, 'Madrid', NULL, 'Enrique', 'Muñoz', NULL, '+34 914 454 454', NULL, 'C/ San Bernardo 85', '28015', 5, 'Spain', 'enrique_munoz@yahoo.es');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (51, 'Stockholm', NULL, 'Joakim', 'Johansson', NULL, '+46 08-651 52 52', NULL, 'Celsiusg. 9', '11230', 5, 'Sweden', 'joakim.johansson@yahoo.se');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (52, 'London', NULL, 'Emma', 'Jones', NULL, '+44 020 7707 0707', NULL, '202 Hoxton Street', 'N1 5LH', 3, 'United Kingdom', 'emma_jones@hotmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (53, 'London', NULL, 'Phil', 'Hughes', NULL, '+44 020 7976 5722', NULL, '113 Lupus St', 'SW1V 3EN', 3, 'United Kingdom', 'phil.hughes@gmail.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (54, 'Edinburgh ', NULL, 'Steve', 'Murray', NULL, '+44 0131 315 3300', NULL, '110 Raeburn Pl', 'EH4 1HH', 5, 'United Kingdom', 'steve.murray@yahoo.uk');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (55, 'Sidney', NULL, 'Mark', 'Taylor', NULL, '+61 (02) 9332 3633', 'NSW', '421 Bourke Street', '2010', 4, 'Australia', 'mark.taylor@yahoo.au');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (56, 'Buenos Aires', NULL, 'Diego', 'Gutiérrez', NULL, '+54 (0)11 4311 4333', NULL, '307 Macacha Güemes', '1106', 4, 'Argentina', 'diego.gutierrez@yahoo.ar');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (57, 'Santiago', NULL, 'Luis', 'Rojas', NULL, '+56 (0)2 635 4444', NULL, 'Calle Lira, 198', NULL, 5, 'Chile', 'luisrojas@yahoo.cl');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (58, 'Delhi', NULL, 'Manoj', 'Pareek', NULL, '+91 0124 39883988', NULL, '12,Community Centre', '110017', 3, 'India', 'manoj.pareek@rediff.com');
INSERT INTO public.customer (id, city, fax, firstname, lastname, company, phone, state, address, postalcode, support_rep, country, email) VALUES (59, 'Bangalore', NULL, 'Puja', 'Srivastava', NULL, '+91 080 22289999', NULL, '3,Raj Bhavan Road', '560001', 3, 'India', 'puja_srivastava@yahoo.in');


--
-- Data for Name: employee; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (1, 'Edmonton', '+1 (780) 428-3457', 'Andrew', 'General Manager', 'Adams', NULL, '1962-02-18 00:00:00', '+1 (780) 428-9482', 'AB', '11120 Jasper Ave NW', 'T5K 2N1', '2002-08-14 00:00:00', 'Canada', 'andrew@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (2, 'Calgary', '+1 (403) 262-3322', 'Nancy', 'Sales Manager', 'Edwards', 1, '1958-12-08 00:00:00', '+1 (403) 262-3443', 'AB', '825 8 Ave SW', 'T2P 2T3', '2002-05-01 00:00:00', 'Canada', 'nancy@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (3, 'Calgary', '+1 (403) 262-6712', 'Jane', 'Sales Support Agent', 'Peacock', 2, '1973-08-29 00:00:00', '+1 (403) 262-3443', 'AB', '1111 6 Ave SW', 'T2P 5M5', '2002-04-01 00:00:00', 'Canada', 'jane@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (4, 'Calgary', '+1 (403) 263-4289', 'Margaret', 'Sales Support Agent', 'Park', 2, '1947-09-19 00:00:00', '+1 (403) 263-4423', 'AB', '683 10 Street SW', 'T2P 5G3', '2003-05-03 00:00:00', 'Canada', 'margaret@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (5, 'Calgary', '1 (780) 836-9543', 'Steve', 'Sales Support Agent', 'Johnson', 2, '1965-03-03 00:00:00', '1 (780) 836-9987', 'AB', '7727B 41 Ave', 'T3B 1Y7', '2003-10-17 00:00:00', 'Canada', 'steve@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (6, 'Calgary', '+1 (403) 246-9899', 'Michael', 'IT Manager', 'Mitchell', 1, '1973-07-01 00:00:00', '+1 (403) 246-9887', 'AB', '5827 Bowness Road NW', 'T3B 0C5', '2003-10-17 00:00:00', 'Canada', 'michael@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (7, 'Lethbridge', '+1 (403) 456-8485', 'Robert', 'IT Staff', 'King', 6, '1970-05-29 00:00:00', '+1 (403) 456-9986', 'AB', '590 Columbia Boulevard West', 'T1K 5N8', '2004-01-02 00:00:00', 'Canada', 'robert@chinookcorp.com');
INSERT INTO public.employee (id, city, fax, firstname, title, lastname, reports_to, birthdate, phone, state, address, postalcode, hiredate, country, email) VALUES (8, 'Lethbridge', '+1 (403) 467-8772', 'Laura', 'IT Staff', 'Callahan', 6, '1968-01-09 00:00:00', '+1 (403) 467-3351', 'AB', '923 7 ST NW', 'T1H 1Y8', '2004-03-04 00:00:00', 'Canada', 'laura@chinookcorp.com');


--
-- Data for Name: genre; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.genre (id, name) VALUES (1, 'Rock');
INSERT INTO public.genre (id, name) VALUES (2, 'Jazz');
INSERT INTO public.genre (id, name) VALUES (3, 'Metal');
INSERT INTO public.genre (id, name) VALUES (4, 'Alternative & Punk');
INSERT INTO public.genre (id, name) VALUES (5, 'Rock And Roll');
INSERT INTO public.genre (id, name) VALUES (6, 'Blues');
INSERT INTO public.genre (id, name) VALUES (7, 'Latin');
INSERT INTO public.genre (id, name) VALUES (8, 'Reggae');
INSERT INTO public.genre (id, name) VALUES (9, 'Pop');
INSERT INTO public.genre (id, name) VALUES (10, 'Soundtrack');
INSERT INTO public.genre (id, name) VALUES (11, 'Bossa Nova');
INSERT INTO public.genre (id, name) VALUES (12, 'Easy Listening');
INSERT INTO public.genre (id, name) VALUES (13, 'Heavy Metal');
INSERT INTO public.genre (id, name) VALUES (14, 'R&B/Soul');
INSERT INTO public.genre (id, name) VALUES (15, 'Electronica/Dance');
INSERT INTO public.genre (id, name) VALUES (16, 'World');
INSERT INTO public.genre (id, name) VALUES (17, 'Hip Hop/Rap');
INSERT INTO public.genre (id, name) VALUES (18, 'Science Fiction');
INSERT INTO public.genre (id, name) VALUES (19, 'TV Shows');
INSERT INTO public.genre (id, name) VALUES (20, 'Sci Fi & Fantasy');
INSERT INTO public.genre (id, name) VALUES (21, 'Drama');
INSERT INTO public.genre (id, name) VALUES (22, 'Comedy');
INSERT INTO public.genre (id, name) VALUES (23, 'Alternative');
INSERT INTO public.genre (id, name) VALUES (24, 'Classical');
INSERT INTO public.genre (id, name) VALUES (25, 'Opera');


--
-- Data for Name: invoice; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (1, 2, '70174', '2007-01-01 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 1.98, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (2, 4, '0171', '2007-01-02 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 3.96, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (3, 8, '1000', '2007-01-03 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 5.94, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (4, 14, 'T6G 2C7', '2007-01-06 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 8.91, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (5, 23, '2113', '2007-01-11 00:00:00', 'MA', '69 Salem Street', 'USA', 13.86, 'Boston');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (6, 37, '60316', '2007-01-19 00:00:00', NULL, 'Berger Straße 10', 'Germany', 0.99, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (7, 38, '10779', '2007-02-01 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 1.98, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (8, 40, '75002', '2007-02-01 00:00:00', NULL, '8, Rue Hanovre', 'France', 1.98, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (9, 42, '33000', '2007-02-02 00:00:00', NULL, '9, Place Louis Barthou', 'France', 3.96, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (10, 46, NULL, '2007-02-03 00:00:00', 'Dublin', '3 Chatham Street', 'Ireland', 5.94, 'Dublin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (11, 52, 'N1 5LH', '2007-02-06 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 8.91, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (12, 2, '70174', '2007-02-11 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 13.86, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (13, 16, '94043-1351', '2007-02-19 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 0.99, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (14, 17, '98052-8300', '2007-03-04 00:00:00', 'WA', '1 Microsoft Way', 'USA', 1.98, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (15, 19, '95014', '2007-03-04 00:00:00', 'CA', '1 Infinite Loop', 'USA', 1.98, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (16, 21, '89503', '2007-03-05 00:00:00', 'NV', '801 W 4th Street', 'USA', 3.96, 'Reno');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (17, 25, '53703', '2007-03-06 00:00:00', 'WI', '319 N. Frances Street', 'USA', 5.94, 'Madison');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (18, 31, 'B3S 1C5', '2007-03-09 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 8.91, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (19, 40, '75002', '2007-03-14 00:00:00', NULL, '8, Rue Hanovre', 'France', 13.86, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (20, 54, 'EH4 1HH', '2007-03-22 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 0.99, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (21, 55, '2010', '2007-04-04 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 1.98, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (22, 57, NULL, '2007-04-04 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 1.98, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (23, 59, '560001', '2007-04-05 00:00:00', NULL, '3,Raj Bhavan Road', 'India', 3.96, 'Bangalore');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (24, 4, '0171', '2007-04-06 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 5.94, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (25, 10, '01007-010', '2007-04-09 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 8.91, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (26, 19, '95014', '2007-04-14 00:00:00', 'CA', '1 Infinite Loop', 'USA', 13.86, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (27, 33, 'X1A 1N6', '2007-04-22 00:00:00', 'NT', '5112 48 Street', 'Canada', 0.99, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (28, 34, NULL, '2007-05-05 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 1.98, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (29, 36, '10789', '2007-05-05 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 1.98, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (30, 38, '10779', '2007-05-06 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 3.96, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (31, 42, '33000', '2007-05-07 00:00:00', NULL, '9, Place Louis Barthou', 'France', 5.94, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (32, 48, '1016', '2007-05-10 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 8.91, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (33, 57, NULL, '2007-05-15 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 13.86, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (34, 12, '20040-020', '2007-05-23 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 0.99, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (35, 13, '71020-677', '2007-06-05 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 1.98, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (36, 15, 'V6C 1G8', '2007-06-05 00:00:00', 'BC', '700 W Pender Street', 'Canada', 1.98, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (37, 17, '98052-8300', '2007-06-06 00:00:00', 'WA', '1 Microsoft Way', 'USA', 3.96, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (38, 21, '89503', '2007-06-07 00:00:00', 'NV', '801 W 4th Street', 'USA', 5.94, 'Reno');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (39, 27, '85719', '2007-06-10 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 8.91, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (40, 36, '10789', '2007-06-15 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 13.86, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (41, 50, '28015', '2007-06-23 00:00:00', NULL, 'C/ San Bernardo 85', 'Spain', 0.99, 'Madrid');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (42, 51, '11230', '2007-07-06 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 1.98, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (43, 53, 'SW1V 3EN', '2007-07-06 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 1.98, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (44, 55, '2010', '2007-07-07 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 3.96, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (45, 59, '560001', '2007-07-08 00:00:00', NULL, '3,Raj Bhavan Road', 'India', 5.94, 'Bangalore');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (46, 6, '14300', '2007-07-11 00:00:00', NULL, 'Rilská 3174/6', 'Czech Republic', 8.91, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (47, 15, 'V6C 1G8', '2007-07-16 00:00:00', 'BC', '700 W Pender Street', 'Canada', 13.86, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (48, 29, 'M6J 1V1', '2007-07-24 00:00:00', 'ON', '796 Dundas Street West', 'Canada', 0.99, 'Toronto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (49, 30, 'K2P 1L7', '2007-08-06 00:00:00', 'ON', '230 Elgin Street', 'Canada', 1.98, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (50, 32, 'R3L 2B9', '2007-08-06 00:00:00', 'MB', '696 Osborne Street', 'Canada', 1.98, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (51, 34, NULL, '2007-08-07 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 3.96, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (52, 38, '10779', '2007-08-08 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 5.94, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (53, 44, '00530', '2007-08-11 00:00:00', NULL, 'Porthaninkatu 9', 'Finland', 8.91, 'Helsinki');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (54, 53, 'SW1V 3EN', '2007-08-16 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 13.86, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (55, 8, '1000', '2007-08-24 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 0.99, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (56, 9, '1720', '2007-09-06 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 1.98, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (57, 11, '01310-200', '2007-09-06 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 1.98, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (58, 13, '71020-677', '2007-09-07 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 3.96, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (59, 17, '98052-8300', '2007-09-08 00:00:00', 'WA', '1 Microsoft Way', 'USA', 5.94, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (60, 23, '2113', '2007-09-11 00:00:00', 'MA', '69 Salem Street', 'USA', 8.91, 'Boston');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (61, 32, 'R3L 2B9', '2007-09-16 00:00:00', 'MB', '696 Osborne Street', 'Canada', 13.86, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (62, 46, NULL, '2007-09-24 00:00:00', 'Dublin', '3 Chatham Street', 'Ireland', 0.99, 'Dublin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (63, 47, '00192', '2007-10-07 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 1.98, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (64, 49, '00-358', '2007-10-07 00:00:00', NULL, 'Ordynacka 10', 'Poland', 1.98, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (65, 51, '11230', '2007-10-08 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 3.96, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (66, 55, '2010', '2007-10-09 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 5.94, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (67, 2, '70174', '2007-10-12 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 8.91, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (68, 11, '01310-200', '2007-10-17 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 13.86, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (69, 25, '53703', '2007-10-25 00:00:00', 'WI', '319 N. Frances Street', 'USA', 0.99, 'Madison');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (70, 26, '76110', '2007-11-07 00:00:00', 'TX', '2211 W Berry Street', 'USA', 1.98, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (71, 28, '84102', '2007-11-07 00:00:00', 'UT', '302 S 700 E', 'USA', 1.98, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (72, 30, 'K2P 1L7', '2007-11-08 00:00:00', 'ON', '230 Elgin Street', 'Canada', 3.96, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (73, 34, NULL, '2007-11-09 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 5.94, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (74, 40, '75002', '2007-11-12 00:00:00', NULL, '8, Rue Hanovre', 'France', 8.91, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (75, 49, '00-358', '2007-11-17 00:00:00', NULL, 'Ordynacka 10', 'Poland', 13.86, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (76, 4, '0171', '2007-11-25 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 0.99, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (77, 5, '14700', '2007-12-08 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 1.98, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (78, 7, '1010', '2007-12-08 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 1.98, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (79, 9, '1720', '2007-12-09 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 3.96, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (80, 13, '71020-677', '2007-12-10 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 5.94, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (81, 19, '95014', '2007-12-13 00:00:00', 'CA', '1 Infinite Loop', 'USA', 8.91, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (82, 28, '84102', '2007-12-18 00:00:00', 'UT', '302 S 700 E', 'USA', 13.86, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (83, 42, '33000', '2007-12-26 00:00:00', NULL, '9, Place Louis Barthou', 'France', 0.99, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (84, 43, '21000', '2008-01-08 00:00:00', NULL, '68, Rue Jouvence', 'France', 1.98, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (85, 45, 'H-1073', '2008-01-08 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 1.98, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (86, 47, '00192', '2008-01-09 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 3.96, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (87, 51, '11230', '2008-01-10 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 6.94, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (88, 57, NULL, '2008-01-13 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 17.91, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (89, 7, '1010', '2008-01-18 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 18.86, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (90, 21, '89503', '2008-01-26 00:00:00', 'NV', '801 W 4th Street', 'USA', 0.99, 'Reno');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (91, 22, '32801', '2008-02-08 00:00:00', 'FL', '120 S Orange Ave', 'USA', 1.98, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (92, 24, '60611', '2008-02-08 00:00:00', 'IL', '162 E Superior Street', 'USA', 1.98, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (93, 26, '76110', '2008-02-09 00:00:00', 'TX', '2211 W Berry Street', 'USA', 3.96, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (94, 30, 'K2P 1L7', '2008-02-10 00:00:00', 'ON', '230 Elgin Street', 'Canada', 5.94, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (95, 36, '10789', '2008-02-13 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 8.91, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (96, 45, 'H-1073', '2008-02-18 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 21.86, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (97, 59, '560001', '2008-02-26 00:00:00', NULL, '3,Raj Bhavan Road', 'India', 1.99, 'Bangalore');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (98, 1, '12227-000', '2008-03-10 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 3.98, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (99, 3, 'H2G 1A7', '2008-03-10 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 3.98, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (100, 5, '14700', '2008-03-11 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 3.96, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (101, 9, '1720', '2008-03-12 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 5.94, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (102, 15, 'V6C 1G8', '2008-03-15 00:00:00', 'BC', '700 W Pender Street', 'Canada', 9.91, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (103, 24, '60611', '2008-03-20 00:00:00', 'IL', '162 E Superior Street', 'USA', 15.86, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (104, 38, '10779', '2008-03-28 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 0.99, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (105, 39, '75009', '2008-04-10 00:00:00', NULL, '4, Rue Milton', 'France', 1.98, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (106, 41, '69002', '2008-04-10 00:00:00', NULL, '11, Place Bellecour', 'France', 1.98, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (107, 43, '21000', '2008-04-11 00:00:00', NULL, '68, Rue Jouvence', 'France', 3.96, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (108, 47, '00192', '2008-04-12 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 5.94, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (109, 53, 'SW1V 3EN', '2008-04-15 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 8.91, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (110, 3, 'H2G 1A7', '2008-04-20 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 13.86, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (111, 17, '98052-8300', '2008-04-28 00:00:00', 'WA', '1 Microsoft Way', 'USA', 0.99, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (112, 18, '10012-2612', '2008-05-11 00:00:00', 'NY', '627 Broadway', 'USA', 1.98, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (113, 20, '94040-111', '2008-05-11 00:00:00', 'CA', '541 Del Medio Avenue', 'USA', 1.98, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (114, 22, '32801', '2008-05-12 00:00:00', 'FL', '120 S Orange Ave', 'USA', 3.96, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (115, 26, '76110', '2008-05-13 00:00:00', 'TX', '2211 W Berry Street', 'USA', 5.94, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (116, 32, 'R3L 2B9', '2008-05-16 00:00:00', 'MB', '696 Osborne Street', 'Canada', 8.91, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (117, 41, '69002', '2008-05-21 00:00:00', NULL, '11, Place Bellecour', 'France', 13.86, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (118, 55, '2010', '2008-05-29 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 0.99, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (119, 56, '1106', '2008-06-11 00:00:00', NULL, '307 Macacha Güemes', 'Argentina', 1.98, 'Buenos Aires');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (120, 58, '110017', '2008-06-11 00:00:00', NULL, '12,Community Centre', 'India', 1.98, 'Delhi');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (121, 1, '12227-000', '2008-06-12 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 3.96, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (122, 5, '14700', '2008-06-13 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 5.94, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (123, 11, '01310-200', '2008-06-16 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 8.91, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (124, 20, '94040-111', '2008-06-21 00:00:00', 'CA', '541 Del Medio Avenue', 'USA', 13.86, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (125, 34, NULL, '2008-06-29 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 0.99, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (126, 35, NULL, '2008-07-12 00:00:00', NULL, 'Rua dos Campeões Europeus de Viena, 4350', 'Portugal', 1.98, 'Porto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (127, 37, '60316', '2008-07-12 00:00:00', NULL, 'Berger Straße 10', 'Germany', 1.98, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (128, 39, '75009', '2008-07-13 00:00:00', NULL, '4, Rue Milton', 'France', 3.96, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (129, 43, '21000', '2008-07-14 00:00:00', NULL, '68, Rue Jouvence', 'France', 5.94, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (130, 49, '00-358', '2008-07-17 00:00:00', NULL, 'Ordynacka 10', 'Poland', 8.91, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (131, 58, '110017', '2008-07-22 00:00:00', NULL, '12,Community Centre', 'India', 13.86, 'Delhi');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (132, 13, '71020-677', '2008-07-30 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 0.99, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (133, 14, 'T6G 2C7', '2008-08-12 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 1.98, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (134, 16, '94043-1351', '2008-08-12 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 1.98, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (135, 18, '10012-2612', '2008-08-13 00:00:00', 'NY', '627 Broadway', 'USA', 3.96, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (136, 22, '32801', '2008-08-14 00:00:00', 'FL', '120 S Orange Ave', 'USA', 5.94, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (137, 28, '84102', '2008-08-17 00:00:00', 'UT', '302 S 700 E', 'USA', 8.91, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (138, 37, '60316', '2008-08-22 00:00:00', NULL, 'Berger Straße 10', 'Germany', 13.86, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (139, 51, '11230', '2008-08-30 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 0.99, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (140, 52, 'N1 5LH', '2008-09-12 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 1.98, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (141, 54, 'EH4 1HH', '2008-09-12 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 1.98, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (142, 56, '1106', '2008-09-13 00:00:00', NULL, '307 Macacha Güemes', 'Argentina', 3.96, 'Buenos Aires');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (143, 1, '12227-000', '2008-09-14 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 5.94, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (144, 7, '1010', '2008-09-17 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 8.91, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (145, 16, '94043-1351', '2008-09-22 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 13.86, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (146, 30, 'K2P 1L7', '2008-09-30 00:00:00', 'ON', '230 Elgin Street', 'Canada', 0.99, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (147, 31, 'B3S 1C5', '2008-10-13 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 1.98, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (148, 33, 'X1A 1N6', '2008-10-13 00:00:00', 'NT', '5112 48 Street', 'Canada', 1.98, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (149, 35, NULL, '2008-10-14 00:00:00', NULL, 'Rua dos Campeões Europeus de Viena, 4350', 'Portugal', 3.96, 'Porto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (150, 39, '75009', '2008-10-15 00:00:00', NULL, '4, Rue Milton', 'France', 5.94, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (151, 45, 'H-1073', '2008-10-18 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 8.91, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (152, 54, 'EH4 1HH', '2008-10-23 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 13.86, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (153, 9, '1720', '2008-10-31 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 0.99, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (154, 10, '01007-010', '2008-11-13 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 1.98, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (155, 12, '20040-020', '2008-11-13 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 1.98, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (156, 14, 'T6G 2C7', '2008-11-14 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 3.96, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (157, 18, '10012-2612', '2008-11-15 00:00:00', 'NY', '627 Broadway', 'USA', 5.94, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (158, 24, '60611', '2008-11-18 00:00:00', 'IL', '162 E Superior Street', 'USA', 8.91, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (159, 33, 'X1A 1N6', '2008-11-23 00:00:00', 'NT', '5112 48 Street', 'Canada', 13.86, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (160, 47, '00192', '2008-12-01 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 0.99, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (161, 48, '1016', '2008-12-14 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 1.98, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (162, 50, '28015', '2008-12-14 00:00:00', NULL, 'C/ San Bernardo 85', 'Spain', 1.98, 'Madrid');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (163, 52, 'N1 5LH', '2008-12-15 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 3.96, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (164, 56, '1106', '2008-12-16 00:00:00', NULL, '307 Macacha Güemes', 'Argentina', 5.94, 'Buenos Aires');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (165, 3, 'H2G 1A7', '2008-12-19 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 8.91, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (166, 12, '20040-020', '2008-12-24 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 13.86, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (167, 26, '76110', '2009-01-01 00:00:00', 'TX', '2211 W Berry Street', 'USA', 0.99, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (168, 27, '85719', '2009-01-14 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 1.98, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (169, 29, 'M6J 1V1', '2009-01-14 00:00:00', 'ON', '796 Dundas Street West', 'Canada', 1.98, 'Toronto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (170, 31, 'B3S 1C5', '2009-01-15 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 3.96, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (171, 35, NULL, '2009-01-16 00:00:00', NULL, 'Rua dos Campeões Europeus de Viena, 4350', 'Portugal', 5.94, 'Porto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (172, 41, '69002', '2009-01-19 00:00:00', NULL, '11, Place Bellecour', 'France', 8.91, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (173, 50, '28015', '2009-01-24 00:00:00', NULL, 'C/ San Bernardo 85', 'Spain', 13.86, 'Madrid');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (174, 5, '14700', '2009-02-01 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 0.99, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (175, 6, '14300', '2009-02-14 00:00:00', NULL, 'Rilská 3174/6', 'Czech Republic', 1.98, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (176, 8, '1000', '2009-02-14 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 1.98, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (177, 10, '01007-010', '2009-02-15 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 3.96, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (178, 14, 'T6G 2C7', '2009-02-16 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 5.94, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (179, 20, '94040-111', '2009-02-19 00:00:00', 'CA', '541 Del Medio Avenue', 'USA', 8.91, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (180, 29, 'M6J 1V1', '2009-02-24 00:00:00', 'ON', '796 Dundas Street West', 'Canada', 13.86, 'Toronto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (181, 43, '21000', '2009-03-04 00:00:00', NULL, '68, Rue Jouvence', 'France', 0.99, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (182, 44, '00530', '2009-03-17 00:00:00', NULL, 'Porthaninkatu 9', 'Finland', 1.98, 'Helsinki');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (183, 46, NULL, '2009-03-17 00:00:00', 'Dublin', '3 Chatham Street', 'Ireland', 1.98, 'Dublin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (184, 48, '1016', '2009-03-18 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 3.96, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (185, 52, 'N1 5LH', '2009-03-19 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 5.94, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (186, 58, '110017', '2009-03-22 00:00:00', NULL, '12,Community Centre', 'India', 8.91, 'Delhi');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (187, 8, '1000', '2009-03-27 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 13.86, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (188, 22, '32801', '2009-04-04 00:00:00', 'FL', '120 S Orange Ave', 'USA', 0.99, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (189, 23, '2113', '2009-04-17 00:00:00', 'MA', '69 Salem Street', 'USA', 1.98, 'Boston');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (190, 25, '53703', '2009-04-17 00:00:00', 'WI', '319 N. Frances Street', 'USA', 1.98, 'Madison');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (191, 27, '85719', '2009-04-18 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 3.96, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (192, 31, 'B3S 1C5', '2009-04-19 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 5.94, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (193, 37, '60316', '2009-04-22 00:00:00', NULL, 'Berger Straße 10', 'Germany', 14.91, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (194, 46, NULL, '2009-04-27 00:00:00', 'Dublin', '3 Chatham Street', 'Ireland', 21.86, 'Dublin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (195, 1, '12227-000', '2009-05-05 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 0.99, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (196, 2, '70174', '2009-05-18 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 1.98, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (197, 4, '0171', '2009-05-18 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 1.98, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (198, 6, '14300', '2009-05-19 00:00:00', NULL, 'Rilská 3174/6', 'Czech Republic', 3.96, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (199, 10, '01007-010', '2009-05-20 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 5.94, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (200, 16, '94043-1351', '2009-05-23 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 8.91, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (201, 25, '53703', '2009-05-28 00:00:00', 'WI', '319 N. Frances Street', 'USA', 18.86, 'Madison');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (202, 39, '75009', '2009-06-05 00:00:00', NULL, '4, Rue Milton', 'France', 1.99, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (203, 40, '75002', '2009-06-18 00:00:00', NULL, '8, Rue Hanovre', 'France', 2.98, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (204, 42, '33000', '2009-06-18 00:00:00', NULL, '9, Place Louis Barthou', 'France', 3.98, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (205, 44, '00530', '2009-06-19 00:00:00', NULL, 'Porthaninkatu 9', 'Finland', 7.96, 'Helsinki');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (206, 48, '1016', '2009-06-20 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 8.94, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (207, 54, 'EH4 1HH', '2009-06-23 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 8.91, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (208, 4, '0171', '2009-06-28 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 15.86, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (209, 18, '10012-2612', '2009-07-06 00:00:00', 'NY', '627 Broadway', 'USA', 0.99, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (210, 19, '95014', '2009-07-19 00:00:00', 'CA', '1 Infinite Loop', 'USA', 1.98, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (211, 21, '89503', '2009-07-19 00:00:00', 'NV', '801 W 4th Street', 'USA', 1.98, 'Reno');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (212, 23, '2113', '2009-07-20 00:00:00', 'MA', '69 Salem Street', 'USA', 3.96, 'Boston');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (213, 27, '85719', '2009-07-21 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 5.94, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (214, 33, 'X1A 1N6', '2009-07-24 00:00:00', 'NT', '5112 48 Street', 'Canada', 8.91, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (215, 42, '33000', '2009-07-29 00:00:00', NULL, '9, Place Louis Barthou', 'France', 13.86, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (216, 56, '1106', '2009-08-06 00:00:00', NULL, '307 Macacha Güemes', 'Argentina', 0.99, 'Buenos Aires');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (217, 57, NULL, '2009-08-19 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 1.98, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (218, 59, '560001', '2009-08-19 00:00:00', NULL, '3,Raj Bhavan Road', 'India', 1.98, 'Bangalore');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (219, 2, '70174', '2009-08-20 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 3.96, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (220, 6, '14300', '2009-08-21 00:00:00', NULL, 'Rilská 3174/6', 'Czech Republic', 5.94, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (221, 12, '20040-020', '2009-08-24 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 8.91, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (222, 21, '89503', '2009-08-29 00:00:00', 'NV', '801 W 4th Street', 'USA', 13.86, 'Reno');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (223, 35, NULL, '2009-09-06 00:00:00', NULL, 'Rua dos Campeões Europeus de Viena, 4350', 'Portugal', 0.99, 'Porto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (224, 36, '10789', '2009-09-19 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 1.98, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (225, 38, '10779', '2009-09-19 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 1.98, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (226, 40, '75002', '2009-09-20 00:00:00', NULL, '8, Rue Hanovre', 'France', 3.96, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (227, 44, '00530', '2009-09-21 00:00:00', NULL, 'Porthaninkatu 9', 'Finland', 5.94, 'Helsinki');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (228, 50, '28015', '2009-09-24 00:00:00', NULL, 'C/ San Bernardo 85', 'Spain', 8.91, 'Madrid');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (229, 59, '560001', '2009-09-29 00:00:00', NULL, '3,Raj Bhavan Road', 'India', 13.86, 'Bangalore');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (230, 14, 'T6G 2C7', '2009-10-07 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 0.99, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (231, 15, 'V6C 1G8', '2009-10-20 00:00:00', 'BC', '700 W Pender Street', 'Canada', 1.98, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (232, 17, '98052-8300', '2009-10-20 00:00:00', 'WA', '1 Microsoft Way', 'USA', 1.98, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (233, 19, '95014', '2009-10-21 00:00:00', 'CA', '1 Infinite Loop', 'USA', 3.96, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (234, 23, '2113', '2009-10-22 00:00:00', 'MA', '69 Salem Street', 'USA', 5.94, 'Boston');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (235, 29, 'M6J 1V1', '2009-10-25 00:00:00', 'ON', '796 Dundas Street West', 'Canada', 8.91, 'Toronto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (236, 38, '10779', '2009-10-30 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 13.86, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (237, 52, 'N1 5LH', '2009-11-07 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 0.99, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (238, 53, 'SW1V 3EN', '2009-11-20 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 1.98, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (239, 55, '2010', '2009-11-20 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 1.98, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (240, 57, NULL, '2009-11-21 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 3.96, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (241, 2, '70174', '2009-11-22 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 5.94, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (242, 8, '1000', '2009-11-25 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 8.91, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (243, 17, '98052-8300', '2009-11-30 00:00:00', 'WA', '1 Microsoft Way', 'USA', 13.86, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (244, 31, 'B3S 1C5', '2009-12-08 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 0.99, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (245, 32, 'R3L 2B9', '2009-12-21 00:00:00', 'MB', '696 Osborne Street', 'Canada', 1.98, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (246, 34, NULL, '2009-12-21 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 1.98, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (247, 36, '10789', '2009-12-22 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 3.96, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (248, 40, '75002', '2009-12-23 00:00:00', NULL, '8, Rue Hanovre', 'France', 5.94, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (249, 46, NULL, '2009-12-26 00:00:00', 'Dublin', '3 Chatham Street', 'Ireland', 8.91, 'Dublin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (250, 55, '2010', '2009-12-31 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 13.86, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (251, 10, '01007-010', '2010-01-08 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 0.99, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (252, 11, '01310-200', '2010-01-21 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 1.98, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (253, 13, '71020-677', '2010-01-21 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 1.98, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (254, 15, 'V6C 1G8', '2010-01-22 00:00:00', 'BC', '700 W Pender Street', 'Canada', 3.96, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (255, 19, '95014', '2010-01-23 00:00:00', 'CA', '1 Infinite Loop', 'USA', 5.94, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (256, 25, '53703', '2010-01-26 00:00:00', 'WI', '319 N. Frances Street', 'USA', 8.91, 'Madison');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (257, 34, NULL, '2010-01-31 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 13.86, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (258, 48, '1016', '2010-02-08 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 0.99, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (259, 49, '00-358', '2010-02-21 00:00:00', NULL, 'Ordynacka 10', 'Poland', 1.98, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (260, 51, '11230', '2010-02-21 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 1.98, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (261, 53, 'SW1V 3EN', '2010-02-22 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 3.96, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (262, 57, NULL, '2010-02-23 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 5.94, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (263, 4, '0171', '2010-02-26 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 8.91, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (264, 13, '71020-677', '2010-03-03 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 13.86, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (265, 27, '85719', '2010-03-11 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 0.99, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (266, 28, '84102', '2010-03-24 00:00:00', 'UT', '302 S 700 E', 'USA', 1.98, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (267, 30, 'K2P 1L7', '2010-03-24 00:00:00', 'ON', '230 Elgin Street', 'Canada', 1.98, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (268, 32, 'R3L 2B9', '2010-03-25 00:00:00', 'MB', '696 Osborne Street', 'Canada', 3.96, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (269, 36, '10789', '2010-03-26 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 5.94, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (270, 42, '33000', '2010-03-29 00:00:00', NULL, '9, Place Louis Barthou', 'France', 8.91, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (271, 51, '11230', '2010-04-03 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 13.86, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (272, 6, '14300', '2010-04-11 00:00:00', NULL, 'Rilská 3174/6', 'Czech Republic', 0.99, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (273, 7, '1010', '2010-04-24 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 1.98, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (274, 9, '1720', '2010-04-24 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 1.98, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (275, 11, '01310-200', '2010-04-25 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 3.96, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (276, 15, 'V6C 1G8', '2010-04-26 00:00:00', 'BC', '700 W Pender Street', 'Canada', 5.94, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (277, 21, '89503', '2010-04-29 00:00:00', 'NV', '801 W 4th Street', 'USA', 8.91, 'Reno');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (278, 30, 'K2P 1L7', '2010-05-04 00:00:00', 'ON', '230 Elgin Street', 'Canada', 13.86, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (279, 44, '00530', '2010-05-12 00:00:00', NULL, 'Porthaninkatu 9', 'Finland', 0.99, 'Helsinki');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (280, 45, 'H-1073', '2010-05-25 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 1.98, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (281, 47, '00192', '2010-05-25 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 1.98, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (282, 49, '00-358', '2010-05-26 00:00:00', NULL, 'Ordynacka 10', 'Poland', 3.96, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (283, 53, 'SW1V 3EN', '2010-05-27 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 5.94, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (284, 59, '560001', '2010-05-30 00:00:00', NULL, '3,Raj Bhavan Road', 'India', 8.91, 'Bangalore');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (285, 9, '1720', '2010-06-04 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 13.86, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (286, 23, '2113', '2010-06-12 00:00:00', 'MA', '69 Salem Street', 'USA', 0.99, 'Boston');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (287, 24, '60611', '2010-06-25 00:00:00', 'IL', '162 E Superior Street', 'USA', 1.98, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (288, 26, '76110', '2010-06-25 00:00:00', 'TX', '2211 W Berry Street', 'USA', 1.98, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (289, 28, '84102', '2010-06-26 00:00:00', 'UT', '302 S 700 E', 'USA', 3.96, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (290, 32, 'R3L 2B9', '2010-06-27 00:00:00', 'MB', '696 Osborne Street', 'Canada', 5.94, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (291, 38, '10779', '2010-06-30 00:00:00', NULL, 'Barbarossastraße 19', 'Germany', 8.91, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (292, 47, '00192', '2010-07-05 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 13.86, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (293, 2, '70174', '2010-07-13 00:00:00', NULL, 'Theodor-Heuss-Straße 34', 'Germany', 0.99, 'Stuttgart');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (294, 3, 'H2G 1A7', '2010-07-26 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 1.98, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (295, 5, '14700', '2010-07-26 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 1.98, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (296, 7, '1010', '2010-07-27 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 3.96, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (297, 11, '01310-200', '2010-07-28 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 5.94, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (298, 17, '98052-8300', '2010-07-31 00:00:00', 'WA', '1 Microsoft Way', 'USA', 10.91, 'Redmond');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (299, 26, '76110', '2010-08-05 00:00:00', 'TX', '2211 W Berry Street', 'USA', 23.86, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (300, 40, '75002', '2010-08-13 00:00:00', NULL, '8, Rue Hanovre', 'France', 0.99, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (301, 41, '69002', '2010-08-26 00:00:00', NULL, '11, Place Bellecour', 'France', 1.98, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (302, 43, '21000', '2010-08-26 00:00:00', NULL, '68, Rue Jouvence', 'France', 1.98, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (303, 45, 'H-1073', '2010-08-27 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 3.96, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (304, 49, '00-358', '2010-08-28 00:00:00', NULL, 'Ordynacka 10', 'Poland', 5.94, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (305, 55, '2010', '2010-08-31 00:00:00', 'NSW', '421 Bourke Street', 'Australia', 8.91, 'Sidney');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (306, 5, '14700', '2010-09-05 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 16.86, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (307, 19, '95014', '2010-09-13 00:00:00', 'CA', '1 Infinite Loop', 'USA', 1.99, 'Cupertino');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (308, 20, '94040-111', '2010-09-26 00:00:00', 'CA', '541 Del Medio Avenue', 'USA', 3.98, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (309, 22, '32801', '2010-09-26 00:00:00', 'FL', '120 S Orange Ave', 'USA', 3.98, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (310, 24, '60611', '2010-09-27 00:00:00', 'IL', '162 E Superior Street', 'USA', 7.96, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (311, 28, '84102', '2010-09-28 00:00:00', 'UT', '302 S 700 E', 'USA', 11.94, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (312, 34, NULL, '2010-10-01 00:00:00', NULL, 'Rua da Assunção 53', 'Portugal', 10.91, 'Lisbon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (313, 43, '21000', '2010-10-06 00:00:00', NULL, '68, Rue Jouvence', 'France', 16.86, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (314, 57, NULL, '2010-10-14 00:00:00', NULL, 'Calle Lira, 198', 'Chile', 0.99, 'Santiago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (315, 58, '110017', '2010-10-27 00:00:00', NULL, '12,Community Centre', 'India', 1.98, 'Delhi');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (316, 1, '12227-000', '2010-10-27 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 1.98, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (317, 3, 'H2G 1A7', '2010-10-28 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 3.96, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (318, 7, '1010', '2010-10-29 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 5.94, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (319, 13, '71020-677', '2010-11-01 00:00:00', 'DF', 'Qe 7 Bloco G', 'Brazil', 8.91, 'Brasília');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (320, 22, '32801', '2010-11-06 00:00:00', 'FL', '120 S Orange Ave', 'USA', 13.86, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (321, 36, '10789', '2010-11-14 00:00:00', NULL, 'Tauentzienstraße 8', 'Germany', 0.99, 'Berlin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (322, 37, '60316', '2010-11-27 00:00:00', NULL, 'Berger Straße 10', 'Germany', 1.98, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (323, 39, '75009', '2010-11-27 00:00:00', NULL, '4, Rue Milton', 'France', 1.98, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (324, 41, '69002', '2010-11-28 00:00:00', NULL, '11, Place Bellecour', 'France', 3.96, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (325, 45, 'H-1073', '2010-11-29 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 5.94, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (326, 51, '11230', '2010-12-02 00:00:00', NULL, 'Celsiusg. 9', 'Sweden', 8.91, 'Stockholm');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (327, 1, '12227-000', '2010-12-07 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 13.86, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (328, 15, 'V6C 1G8', '2010-12-15 00:00:00', 'BC', '700 W Pender Street', 'Canada', 0.99, 'Vancouver');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (329, 16, '94043-1351', '2010-12-28 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 1.98, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (330, 18, '10012-2612', '2010-12-28 00:00:00', 'NY', '627 Broadway', 'USA', 1.98, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (331, 20, '94040-111', '2010-12-29 00:00:00', 'CA', '541 Del Medio Avenue', 'USA', 3.96, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (332, 24, '60611', '2010-12-30 00:00:00', 'IL', '162 E Superior Street', 'USA', 5.94, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (333, 30, 'K2P 1L7', '2011-01-02 00:00:00', 'ON', '230 Elgin Street', 'Canada', 8.91, 'Ottawa');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (334, 39, '75009', '2011-01-07 00:00:00', NULL, '4, Rue Milton', 'France', 13.86, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (335, 53, 'SW1V 3EN', '2011-01-15 00:00:00', NULL, '113 Lupus St', 'United Kingdom', 0.99, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (336, 54, 'EH4 1HH', '2011-01-28 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 1.98, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (337, 56, '1106', '2011-01-28 00:00:00', NULL, '307 Macacha Güemes', 'Argentina', 1.98, 'Buenos Aires');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (338, 58, '110017', '2011-01-29 00:00:00', NULL, '12,Community Centre', 'India', 3.96, 'Delhi');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (339, 3, 'H2G 1A7', '2011-01-30 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 5.94, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (340, 9, '1720', '2011-02-02 00:00:00', NULL, 'Sønder Boulevard 51', 'Denmark', 8.91, 'Copenhagen');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (341, 18, '10012-2612', '2011-02-07 00:00:00', 'NY', '627 Broadway', 'USA', 13.86, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (342, 32, 'R3L 2B9', '2011-02-15 00:00:00', 'MB', '696 Osborne Street', 'Canada', 0.99, 'Winnipeg');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (343, 33, 'X1A 1N6', '2011-02-28 00:00:00', 'NT', '5112 48 Street', 'Canada', 1.98, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (344, 35, NULL, '2011-02-28 00:00:00', NULL, 'Rua dos Campeões Europeus de Viena, 4350', 'Portugal', 1.98, 'Porto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (345, 37, '60316', '2011-03-01 00:00:00', NULL, 'Berger Straße 10', 'Germany', 3.96, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (346, 41, '69002', '2011-03-02 00:00:00', NULL, '11, Place Bellecour', 'France', 5.94, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (347, 47, '00192', '2011-03-05 00:00:00', 'RM', 'Via Degli Scipioni, 43', 'Italy', 8.91, 'Rome');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (348, 56, '1106', '2011-03-10 00:00:00', NULL, '307 Macacha Güemes', 'Argentina', 13.86, 'Buenos Aires');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (349, 11, '01310-200', '2011-03-18 00:00:00', 'SP', 'Av. Paulista, 2022', 'Brazil', 0.99, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (350, 12, '20040-020', '2011-03-31 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 1.98, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (351, 14, 'T6G 2C7', '2011-03-31 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 1.98, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (352, 16, '94043-1351', '2011-04-01 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 3.96, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (353, 20, '94040-111', '2011-04-02 00:00:00', 'CA', '541 Del Medio Avenue', 'USA', 5.94, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (354, 26, '76110', '2011-04-05 00:00:00', 'TX', '2211 W Berry Street', 'USA', 8.91, 'Fort Worth');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (355, 35, NULL, '2011-04-10 00:00:00', NULL, 'Rua dos Campeões Europeus de Viena, 4350', 'Portugal', 13.86, 'Porto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (356, 49, '00-358', '2011-04-18 00:00:00', NULL, 'Ordynacka 10', 'Poland', 0.99, 'Warsaw');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (357, 50, '28015', '2011-05-01 00:00:00', NULL, 'C/ San Bernardo 85', 'Spain', 1.98, 'Madrid');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (358, 52, 'N1 5LH', '2011-05-01 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 1.98, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (359, 54, 'EH4 1HH', '2011-05-02 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 3.96, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (360, 58, '110017', '2011-05-03 00:00:00', NULL, '12,Community Centre', 'India', 5.94, 'Delhi');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (361, 5, '14700', '2011-05-06 00:00:00', NULL, 'Klanova 9/506', 'Czech Republic', 8.91, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (362, 14, 'T6G 2C7', '2011-05-11 00:00:00', 'AB', '8210 111 ST NW', 'Canada', 13.86, 'Edmonton');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (363, 28, '84102', '2011-05-19 00:00:00', 'UT', '302 S 700 E', 'USA', 0.99, 'Salt Lake City');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (364, 29, 'M6J 1V1', '2011-06-01 00:00:00', 'ON', '796 Dundas Street West', 'Canada', 1.98, 'Toronto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (365, 31, 'B3S 1C5', '2011-06-01 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 1.98, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (366, 33, 'X1A 1N6', '2011-06-02 00:00:00', 'NT', '5112 48 Street', 'Canada', 3.96, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (367, 37, '60316', '2011-06-03 00:00:00', NULL, 'Berger Straße 10', 'Germany', 5.94, 'Frankfurt');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (368, 43, '21000', '2011-06-06 00:00:00', NULL, '68, Rue Jouvence', 'France', 8.91, 'Dijon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (369, 52, 'N1 5LH', '2011-06-11 00:00:00', NULL, '202 Hoxton Street', 'United Kingdom', 13.86, 'London');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (370, 7, '1010', '2011-06-19 00:00:00', NULL, 'Rotenturmstraße 4, 1010 Innere Stadt', 'Austria', 0.99, 'Vienne');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (371, 8, '1000', '2011-07-02 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 1.98, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (372, 10, '01007-010', '2011-07-02 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 1.98, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (373, 12, '20040-020', '2011-07-03 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 3.96, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (374, 16, '94043-1351', '2011-07-04 00:00:00', 'CA', '1600 Amphitheatre Parkway', 'USA', 5.94, 'Mountain View');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (375, 22, '32801', '2011-07-07 00:00:00', 'FL', '120 S Orange Ave', 'USA', 8.91, 'Orlando');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (376, 31, 'B3S 1C5', '2011-07-12 00:00:00', 'NS', '194A Chain Lake Drive', 'Canada', 13.86, 'Halifax');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (377, 45, 'H-1073', '2011-07-20 00:00:00', NULL, 'Erzsébet krt. 58.', 'Hungary', 0.99, 'Budapest');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (378, 46, NULL, '2011-08-02 00:00:00', 'Dublin', '3 Chatham Street', 'Ireland', 1.98, 'Dublin');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (379, 48, '1016', '2011-08-02 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 1.98, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (380, 50, '28015', '2011-08-03 00:00:00', NULL, 'C/ San Bernardo 85', 'Spain', 3.96, 'Madrid');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (381, 54, 'EH4 1HH', '2011-08-04 00:00:00', NULL, '110 Raeburn Pl', 'United Kingdom', 5.94, 'Edinburgh ');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (382, 1, '12227-000', '2011-08-07 00:00:00', 'SP', 'Av. Brigadeiro Faria Lima, 2170', 'Brazil', 8.91, 'São José dos Campos');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (383, 10, '01007-010', '2011-08-12 00:00:00', 'SP', 'Rua Dr. Falcão Filho, 155', 'Brazil', 13.86, 'São Paulo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (384, 24, '60611', '2011-08-20 00:00:00', 'IL', '162 E Superior Street', 'USA', 0.99, 'Chicago');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (385, 25, '53703', '2011-09-02 00:00:00', 'WI', '319 N. Frances Street', 'USA', 1.98, 'Madison');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (386, 27, '85719', '2011-09-02 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 1.98, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (387, 29, 'M6J 1V1', '2011-09-03 00:00:00', 'ON', '796 Dundas Street West', 'Canada', 3.96, 'Toronto');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (388, 33, 'X1A 1N6', '2011-09-04 00:00:00', 'NT', '5112 48 Street', 'Canada', 5.94, 'Yellowknife');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (389, 39, '75009', '2011-09-07 00:00:00', NULL, '4, Rue Milton', 'France', 8.91, 'Paris');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (390, 48, '1016', '2011-09-12 00:00:00', 'VV', 'Lijnbaansgracht 120bg', 'Netherlands', 13.86, 'Amsterdam');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (391, 3, 'H2G 1A7', '2011-09-20 00:00:00', 'QC', '1498 rue Bélanger', 'Canada', 0.99, 'Montréal');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (392, 4, '0171', '2011-10-03 00:00:00', NULL, 'Ullevålsveien 14', 'Norway', 1.98, 'Oslo');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (393, 6, '14300', '2011-10-03 00:00:00', NULL, 'Rilská 3174/6', 'Czech Republic', 1.98, 'Prague');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (394, 8, '1000', '2011-10-04 00:00:00', NULL, 'Grétrystraat 63', 'Belgium', 3.96, 'Brussels');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (395, 12, '20040-020', '2011-10-05 00:00:00', 'RJ', 'Praça Pio X, 119', 'Brazil', 5.94, 'Rio de Janeiro');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (396, 18, '10012-2612', '2011-10-08 00:00:00', 'NY', '627 Broadway', 'USA', 8.91, 'New York');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (397, 27, '85719', '2011-10-13 00:00:00', 'AZ', '1033 N Park Ave', 'USA', 13.86, 'Tucson');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (398, 41, '69002', '2011-10-21 00:00:00', NULL, '11, Place Bellecour', 'France', 0.99, 'Lyon');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (399, 42, '33000', '2011-11-03 00:00:00', NULL, '9, Place Louis Barthou', 'France', 1.98, 'Bordeaux');
INSERT INTO public.invoice (id, customer, billingpostalcode, invoicedate, billingstate, billingaddress, billingcountry, total, billingcity) VALUES (400, 44, '00530', '2011-11-03 00:00:00', NULL, 'Porthaninkatu 9', 'Finland', 1.98, 'Helsinki');


--
-- Data for Name: invoiceline; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (1, 2, 0.99, 1, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (2, 4, 0.99, 1, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (3, 6, 0.99, 2, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (4, 8, 0.99, 2, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (5, 10, 0.99, 2, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (6, 12, 0.99, 2, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (7, 16, 0.99, 3, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (8, 20, 0.99, 3, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (9, 24, 0.99, 3, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (10, 28, 0.99, 3, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (11, 32, 0.99, 3, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (12, 36, 0.99, 3, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (13, 42, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (14, 48, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (15, 54, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (16, 60, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (17, 66, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (18, 72, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (19, 78, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (20, 84, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (21, 90, 0.99, 4, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (22, 99, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (23, 108, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (24, 117, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (25, 126, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (26, 135, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (27, 144, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (28, 153, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (29, 162, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (30, 171, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (31, 180, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (32, 189, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (33, 198, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (34, 207, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (35, 216, 0.99, 5, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (36, 230, 0.99, 6, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (37, 231, 0.99, 7, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (38, 232, 0.99, 7, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (39, 234, 0.99, 8, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (40, 236, 0.99, 8, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (41, 238, 0.99, 9, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (42, 240, 0.99, 9, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (43, 242, 0.99, 9, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (44, 244, 0.99, 9, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (45, 248, 0.99, 10, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (46, 252, 0.99, 10, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (47, 256, 0.99, 10, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (48, 260, 0.99, 10, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (49, 264, 0.99, 10, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (50, 268, 0.99, 10, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (51, 274, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (52, 280, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (53, 286, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (54, 292, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (55, 298, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (56, 304, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (57, 310, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (58, 316, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (59, 322, 0.99, 11, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (60, 331, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (61, 340, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (62, 349, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (63, 358, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (64, 367, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (65, 376, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (66, 385, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (67, 394, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (68, 403, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (69, 412, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (70, 421, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (71, 430, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (72, 439, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (73, 448, 0.99, 12, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (74, 462, 0.99, 13, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (75, 463, 0.99, 14, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (76, 464, 0.99, 14, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (77, 466, 0.99, 15, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (78, 468, 0.99, 15, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (79, 470, 0.99, 16, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (80, 472, 0.99, 16, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (81, 474, 0.99, 16, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (82, 476, 0.99, 16, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (83, 480, 0.99, 17, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (84, 484, 0.99, 17, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (85, 488, 0.99, 17, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (86, 492, 0.99, 17, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (87, 496, 0.99, 17, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (88, 500, 0.99, 17, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (89, 506, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (90, 512, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (91, 518, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (92, 524, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (93, 530, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (94, 536, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (95, 542, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (96, 548, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (97, 554, 0.99, 18, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (98, 563, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (99, 572, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (100, 581, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (101, 590, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (102, 599, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (103, 608, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (104, 617, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (105, 626, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (106, 635, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (107, 644, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (108, 653, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (109, 662, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (110, 671, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (111, 680, 0.99, 19, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (112, 694, 0.99, 20, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (113, 695, 0.99, 21, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (114, 696, 0.99, 21, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (115, 698, 0.99, 22, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (116, 700, 0.99, 22, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (117, 702, 0.99, 23, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (118, 704, 0.99, 23, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (119, 706, 0.99, 23, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (120, 708, 0.99, 23, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (121, 712, 0.99, 24, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (122, 716, 0.99, 24, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (123, 720, 0.99, 24, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (124, 724, 0.99, 24, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (125, 728, 0.99, 24, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (126, 732, 0.99, 24, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (127, 738, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (128, 744, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (129, 750, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (130, 756, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (131, 762, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (132, 768, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (133, 774, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (134, 780, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (135, 786, 0.99, 25, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (136, 795, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (137, 804, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (138, 813, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (139, 822, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (140, 831, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (141, 840, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (142, 849, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (143, 858, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (144, 867, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (145, 876, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (146, 885, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (147, 894, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (148, 903, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (149, 912, 0.99, 26, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (150, 926, 0.99, 27, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (151, 927, 0.99, 28, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (152, 928, 0.99, 28, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (153, 930, 0.99, 29, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (154, 932, 0.99, 29, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (155, 934, 0.99, 30, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (156, 936, 0.99, 30, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (157, 938, 0.99, 30, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (158, 940, 0.99, 30, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (159, 944, 0.99, 31, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (160, 948, 0.99, 31, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (161, 952, 0.99, 31, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (162, 956, 0.99, 31, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (163, 960, 0.99, 31, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (164, 964, 0.99, 31, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (165, 970, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (166, 976, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (167, 982, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (168, 988, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (169, 994, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (170, 1000, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (171, 1006, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (172, 1012, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (173, 1018, 0.99, 32, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (174, 1027, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (175, 1036, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (176, 1045, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (177, 1054, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (178, 1063, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (179, 1072, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (180, 1081, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (181, 1090, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (182, 1099, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (183, 1108, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (184, 1117, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (185, 1126, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (186, 1135, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (187, 1144, 0.99, 33, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (188, 1158, 0.99, 34, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (189, 1159, 0.99, 35, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (190, 1160, 0.99, 35, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (191, 1162, 0.99, 36, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (192, 1164, 0.99, 36, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (193, 1166, 0.99, 37, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (194, 1168, 0.99, 37, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (195, 1170, 0.99, 37, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (196, 1172, 0.99, 37, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (197, 1176, 0.99, 38, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (198, 1180, 0.99, 38, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (199, 1184, 0.99, 38, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (200, 1188, 0.99, 38, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (201, 1192, 0.99, 38, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (202, 1196, 0.99, 38, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (203, 1202, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (204, 1208, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (205, 1214, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (206, 1220, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (207, 1226, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (208, 1232, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (209, 1238, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (210, 1244, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (211, 1250, 0.99, 39, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (212, 1259, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (213, 1268, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (214, 1277, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (215, 1286, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (216, 1295, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (217, 1304, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (218, 1313, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (219, 1322, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (220, 1331, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (221, 1340, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (222, 1349, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (223, 1358, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (224, 1367, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (225, 1376, 0.99, 40, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (226, 1390, 0.99, 41, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (227, 1391, 0.99, 42, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (228, 1392, 0.99, 42, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (229, 1394, 0.99, 43, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (230, 1396, 0.99, 43, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (231, 1398, 0.99, 44, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (232, 1400, 0.99, 44, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (233, 1402, 0.99, 44, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (234, 1404, 0.99, 44, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (235, 1408, 0.99, 45, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (236, 1412, 0.99, 45, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (237, 1416, 0.99, 45, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (238, 1420, 0.99, 45, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (239, 1424, 0.99, 45, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (240, 1428, 0.99, 45, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (241, 1434, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (242, 1440, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (243, 1446, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (244, 1452, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (245, 1458, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (246, 1464, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (247, 1470, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (248, 1476, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (249, 1482, 0.99, 46, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (250, 1491, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (251, 1500, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (252, 1509, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (253, 1518, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (254, 1527, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (255, 1536, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (256, 1545, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (257, 1554, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (258, 1563, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (259, 1572, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (260, 1581, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (261, 1590, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (262, 1599, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (263, 1608, 0.99, 47, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (264, 1622, 0.99, 48, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (265, 1623, 0.99, 49, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (266, 1624, 0.99, 49, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (267, 1626, 0.99, 50, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (268, 1628, 0.99, 50, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (269, 1630, 0.99, 51, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (270, 1632, 0.99, 51, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (271, 1634, 0.99, 51, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (272, 1636, 0.99, 51, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (273, 1640, 0.99, 52, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (274, 1644, 0.99, 52, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (275, 1648, 0.99, 52, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (276, 1652, 0.99, 52, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (277, 1656, 0.99, 52, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (278, 1660, 0.99, 52, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (279, 1666, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (280, 1672, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (281, 1678, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (282, 1684, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (283, 1690, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (284, 1696, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (285, 1702, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (286, 1708, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (287, 1714, 0.99, 53, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (288, 1723, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (289, 1732, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (290, 1741, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (291, 1750, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (292, 1759, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (293, 1768, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (294, 1777, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (295, 1786, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (296, 1795, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (297, 1804, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (298, 1813, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (299, 1822, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (300, 1831, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (301, 1840, 0.99, 54, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (302, 1854, 0.99, 55, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (303, 1855, 0.99, 56, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (304, 1856, 0.99, 56, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (305, 1858, 0.99, 57, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (306, 1860, 0.99, 57, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (307, 1862, 0.99, 58, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (308, 1864, 0.99, 58, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (309, 1866, 0.99, 58, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (310, 1868, 0.99, 58, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (311, 1872, 0.99, 59, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (312, 1876, 0.99, 59, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (313, 1880, 0.99, 59, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (314, 1884, 0.99, 59, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (315, 1888, 0.99, 59, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (316, 1892, 0.99, 59, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (317, 1898, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (318, 1904, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (319, 1910, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (320, 1916, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (321, 1922, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (322, 1928, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (323, 1934, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (324, 1940, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (325, 1946, 0.99, 60, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (326, 1955, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (327, 1964, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (328, 1973, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (329, 1982, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (330, 1991, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (331, 2000, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (332, 2009, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (333, 2018, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (334, 2027, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (335, 2036, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (336, 2045, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (337, 2054, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (338, 2063, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (339, 2072, 0.99, 61, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (340, 2086, 0.99, 62, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (341, 2087, 0.99, 63, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (342, 2088, 0.99, 63, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (343, 2090, 0.99, 64, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (344, 2092, 0.99, 64, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (345, 2094, 0.99, 65, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (346, 2096, 0.99, 65, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (347, 2098, 0.99, 65, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (348, 2100, 0.99, 65, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (349, 2104, 0.99, 66, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (350, 2108, 0.99, 66, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (351, 2112, 0.99, 66, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (352, 2116, 0.99, 66, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (353, 2120, 0.99, 66, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (354, 2124, 0.99, 66, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (355, 2130, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (356, 2136, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (357, 2142, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (358, 2148, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (359, 2154, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (360, 2160, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (361, 2166, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (362, 2172, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (363, 2178, 0.99, 67, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (364, 2187, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (365, 2196, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (366, 2205, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (367, 2214, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (368, 2223, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (369, 2232, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (370, 2241, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (371, 2250, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (372, 2259, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (373, 2268, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (374, 2277, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (375, 2286, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (376, 2295, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (377, 2304, 0.99, 68, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (378, 2318, 0.99, 69, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (379, 2319, 0.99, 70, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (380, 2320, 0.99, 70, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (381, 2322, 0.99, 71, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (382, 2324, 0.99, 71, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (383, 2326, 0.99, 72, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (384, 2328, 0.99, 72, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (385, 2330, 0.99, 72, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (386, 2332, 0.99, 72, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (387, 2336, 0.99, 73, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (388, 2340, 0.99, 73, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (389, 2344, 0.99, 73, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (390, 2348, 0.99, 73, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (391, 2352, 0.99, 73, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (392, 2356, 0.99, 73, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (393, 2362, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (394, 2368, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (395, 2374, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (396, 2380, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (397, 2386, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (398, 2392, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (399, 2398, 0.99, 74, 1);
INSERT INTO public.invoiceline (id, track, unit_price, invoice, quantity) VALUES (400, 2404, 0.99, 74, 1);


--
-- Data for Name: mediatype; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.mediatype (id, name) VALUES (1, 'MPEG audio file');
INSERT INTO public.mediatype (id, name) VALUES (2, 'Protected AAC audio file');
INSERT INTO public.mediatype (id, name) VALUES (3, 'Protected MPEG-4 video file');
INSERT INTO public.mediatype (id, name) VALUES (4, 'Purchased AAC audio file');
INSERT INTO public.mediatype (id, name) VALUES (5, 'AAC audio file');


--
-- Data for Name: playlist; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.playlist (id, name) VALUES (1, 'Music');
INSERT INTO public.playlist (id, name) VALUES (2, 'Movies');
INSERT INTO public.playlist (id, name) VALUES (3, 'TV Shows');
INSERT INTO public.playlist (id, name) VALUES (4, 'Audiobooks');
INSERT INTO public.playlist (id, name) VALUES (5, '90’s Music');
INSERT INTO public.playlist (id, name) VALUES (6, 'Audiobooks');
INSERT INTO public.playlist (id, name) VALUES (7, 'Movies');
INSERT INTO public.playlist (id, name) VALUES (8, 'Music');
INSERT INTO public.playlist (id, name) VALUES (9, 'Music Videos');
INSERT INTO public.playlist (id, name) VALUES (10, 'TV Shows');
INSERT INTO public.playlist (id, name) VALUES (11, 'Brazilian Music');
INSERT INTO public.playlist (id, name) VALUES (12, 'Classical');
INSERT INTO public.playlist (id, name) VALUES (13, 'Classical 101 - Deep Cuts');
INSERT INTO public.playlist (id, name) VALUES (14, 'Classical 101 - Next Steps');
INSERT INTO public.playlist (id, name) VALUES (15, 'Classical 101 - The Basics');
INSERT INTO public.playlist (id, name) VALUES (16, 'Grunge');
INSERT INTO public.playlist (id, name) VALUES (17, 'Heavy Metal Classic');
INSERT INTO public.playlist (id, name) VALUES (18, 'On-The-Go 1');


--
-- Data for Name: playlisttrack; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.playlisttrack (id, track, playlist) VALUES (1, 1, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (2, 2, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (3, 3, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (4, 4, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (5, 5, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (6, 6, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (7, 7, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (8, 8, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (9, 9, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (10, 10, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (11, 11, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (12, 12, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (13, 13, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (14, 14, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (15, 15, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (16, 16, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (17, 17, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (18, 18, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (19, 19, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (20, 20, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (21, 21, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (22, 22, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (23, 23, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (24, 24, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (25, 25, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (26, 26, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (27, 27, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (28, 28, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (29, 29, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (30, 30, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (31, 31, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (32, 32, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (33, 33, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (34, 34, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (35, 35, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (36, 36, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (37, 37, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (38, 38, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (39, 39, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (40, 40, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (41, 41, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (42, 42, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (43, 43, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (44, 44, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (45, 45, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (46, 46, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (47, 47, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (48, 48, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (49, 49, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (50, 50, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (51, 51, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (52, 52, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (53, 53, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (54, 54, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (55, 55, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (56, 56, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (57, 57, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (58, 58, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (59, 59, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (60, 60, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (61, 61, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (62, 62, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (63, 63, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (64, 64, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (65, 65, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (66, 66, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (67, 67, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (68, 68, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (69, 69, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (70, 70, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (71, 71, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (72, 72, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (73, 73, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (74, 74, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (75, 75, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (76, 76, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (77, 77, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (78, 78, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (79, 79, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (80, 80, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (81, 81, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (82, 82, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (83, 83, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (84, 84, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (85, 85, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (86, 86, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (87, 87, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (88, 88, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (89, 89, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (90, 90, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (91, 91, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (92, 92, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (93, 93, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (94, 94, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (95, 95, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (96, 96, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (97, 97, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (98, 98, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (99, 99, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (100, 100, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (101, 101, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (102, 102, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (103, 103, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (104, 104, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (105, 105, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (106, 106, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (107, 107, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (108, 108, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (109, 109, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (110, 110, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (111, 111, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (112, 112, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (113, 113, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (114, 114, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (115, 115, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (116, 116, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (117, 117, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (118, 118, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (119, 119, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (120, 120, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (121, 121, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (122, 122, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (123, 123, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (124, 124, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (125, 125, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (126, 126, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (127, 127, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (128, 128, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (129, 129, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (130, 130, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (131, 131, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (132, 132, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (133, 133, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (134, 134, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (135, 135, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (136, 136, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (137, 137, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (138, 138, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (139, 139, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (140, 140, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (141, 141, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (142, 142, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (143, 143, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (144, 144, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (145, 145, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (146, 146, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (147, 147, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (148, 148, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (149, 149, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (150, 150, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (151, 151, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (152, 152, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (153, 153, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (154, 154, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (155, 155, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (156, 156, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (157, 157, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (158, 158, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (159, 159, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (160, 160, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (161, 161, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (162, 162, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (163, 163, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (164, 164, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (165, 165, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (166, 166, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (167, 167, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (168, 168, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (169, 169, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (170, 170, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (171, 171, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (172, 172, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (173, 173, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (174, 174, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (175, 175, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (176, 176, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (177, 177, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (178, 178, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (179, 179, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (180, 180, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (181, 181, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (182, 182, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (183, 183, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (184, 184, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (185, 185, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (186, 186, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (187, 187, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (188, 188, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (189, 189, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (190, 190, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (191, 191, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (192, 192, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (193, 193, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (194, 194, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (195, 195, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (196, 196, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (197, 197, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (198, 198, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (199, 199, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (200, 200, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (201, 201, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (202, 202, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (203, 203, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (204, 204, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (205, 205, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (206, 206, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (207, 207, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (208, 208, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (209, 209, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (210, 210, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (211, 211, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (212, 212, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (213, 213, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (214, 214, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (215, 215, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (216, 216, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (217, 217, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (218, 218, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (219, 219, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (220, 220, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (221, 221, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (222, 222, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (223, 223, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (224, 224, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (225, 225, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (226, 226, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (227, 227, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (228, 228, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (229, 229, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (230, 230, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (231, 231, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (232, 232, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (233, 233, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (234, 234, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (235, 235, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (236, 236, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (237, 237, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (238, 238, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (239, 239, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (240, 240, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (241, 241, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (242, 242, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (243, 243, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (244, 244, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (245, 245, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (246, 246, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (247, 247, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (248, 248, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (249, 249, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (250, 250, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (251, 251, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (252, 252, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (253, 253, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (254, 254, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (255, 255, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (256, 256, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (257, 257, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (258, 258, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (259, 259, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (260, 260, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (261, 261, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (262, 262, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (263, 263, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (264, 264, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (265, 265, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (266, 266, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (267, 267, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (268, 268, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (269, 269, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (270, 270, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (271, 271, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (272, 272, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (273, 273, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (274, 274, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (275, 275, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (276, 276, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (277, 277, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (278, 278, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (279, 279, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (280, 280, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (281, 281, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (282, 282, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (283, 283, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (284, 284, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (285, 285, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (286, 286, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (287, 287, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (288, 288, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (289, 289, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (290, 290, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (291, 291, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (292, 292, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (293, 293, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (294, 294, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (295, 295, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (296, 296, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (297, 297, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (298, 298, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (299, 299, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (300, 300, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (301, 301, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (302, 302, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (303, 303, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (304, 304, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (305, 305, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (306, 306, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (307, 307, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (308, 308, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (309, 309, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (310, 310, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (311, 311, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (312, 312, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (313, 313, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (314, 314, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (315, 315, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (316, 316, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (317, 317, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (318, 318, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (319, 319, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (320, 320, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (321, 321, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (322, 322, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (323, 323, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (324, 324, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (325, 325, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (326, 326, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (327, 327, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (328, 328, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (329, 329, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (330, 330, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (331, 331, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (332, 332, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (333, 333, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (334, 334, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (335, 335, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (336, 336, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (337, 337, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (338, 338, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (339, 339, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (340, 340, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (341, 341, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (342, 342, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (343, 343, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (344, 344, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (345, 345, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (346, 346, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (347, 347, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (348, 348, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (349, 349, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (350, 350, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (351, 351, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (352, 352, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (353, 353, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (354, 354, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (355, 355, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (356, 356, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (357, 357, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (358, 358, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (359, 359, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (360, 360, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (361, 361, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (362, 362, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (363, 363, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (364, 364, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (365, 365, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (366, 366, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (367, 367, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (368, 368, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (369, 369, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (370, 370, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (371, 371, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (372, 372, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (373, 373, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (374, 374, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (375, 375, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (376, 376, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (377, 377, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (378, 378, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (379, 379, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (380, 380, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (381, 381, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (382, 382, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (383, 383, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (384, 384, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (385, 385, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (386, 386, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (387, 387, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (388, 388, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (389, 389, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (390, 390, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (391, 391, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (392, 392, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (393, 393, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (394, 394, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (395, 395, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (396, 396, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (397, 397, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (398, 398, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (399, 399, 1);
INSERT INTO public.playlisttrack (id, track, playlist) VALUES (400, 400, 1);


--
-- Data for Name: track; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (1, 1, 'For Those About To Rock (We Salute You)', 11170334, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 343719);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (2, 2, 'Balls to the Wall', 5510424, 2, 0.99, NULL, 1, 342562);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (3, 3, 'Fast As a Shark', 3990994, 2, 0.99, 'F. Baltes, S. Kaufman, U. Dirkscneider & W. Hoffman', 1, 230619);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (4, 3, 'Restless and Wild', 4331779, 2, 0.99, 'F. Baltes, R.A. Smith-Diesel, S. Kaufman, U. Dirkscneider & W. Hoffman', 1, 252051);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (5, 3, 'Princess of the Dawn', 6290521, 2, 0.99, 'Deaffy & R.A. Smith-Diesel', 1, 375418);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (6, 1, 'Put The Finger On You', 6713451, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 205662);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (7, 1, 'Let''s Get It Up', 7636561, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 233926);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (8, 1, 'Inject The Venom', 6852860, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 210834);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (9, 1, 'Snowballed', 6599424, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 203102);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (10, 1, 'Evil Walks', 8611245, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 263497);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (11, 1, 'C.O.D.', 6566314, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 199836);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (12, 1, 'Breaking The Rules', 8596840, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 263288);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (13, 1, 'Night Of The Long Knives', 6706347, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 205688);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (14, 1, 'Spellbound', 8817038, 1, 0.99, 'Angus Young, Malcolm Young, Brian Johnson', 1, 270863);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (15, 4, 'Go Down', 10847611, 1, 0.99, 'AC/DC', 1, 331180);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (16, 4, 'Dog Eat Dog', 7032162, 1, 0.99, 'AC/DC', 1, 215196);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (17, 4, 'Let There Be Rock', 12021261, 1, 0.99, 'AC/DC', 1, 366654);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (18, 4, 'Bad Boy Boogie', 8776140, 1, 0.99, 'AC/DC', 1, 267728);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (19, 4, 'Problem Child', 10617116, 1, 0.99, 'AC/DC', 1, 325041);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (20, 4, 'Overdose', 12066294, 1, 0.99, 'AC/DC', 1, 369319);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (21, 4, 'Hell Ain''t A Bad Place To Be', 8331286, 1, 0.99, 'AC/DC', 1, 254380);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (22, 4, 'Whole Lotta Rosie', 10547154, 1, 0.99, 'AC/DC', 1, 323761);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (23, 5, 'Walk On Water', 9719579, 1, 0.99, 'Steven Tyler, Joe Perry, Jack Blades, Tommy Shaw', 1, 295680);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (24, 5, 'Love In An Elevator', 10552051, 1, 0.99, 'Steven Tyler, Joe Perry', 1, 321828);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (25, 5, 'Rag Doll', 8675345, 1, 0.99, 'Steven Tyler, Joe Perry, Jim Vallance, Holly Knight', 1, 264698);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (26, 5, 'What It Takes', 10144730, 1, 0.99, 'Steven Tyler, Joe Perry, Desmond Child', 1, 310622);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (27, 5, 'Dude (Looks Like A Lady)', 8679940, 1, 0.99, 'Steven Tyler, Joe Perry, Desmond Child', 1, 264855);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (28, 5, 'Janie''s Got A Gun', 10869391, 1, 0.99, 'Steven Tyler, Tom Hamilton', 1, 330736);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (29, 5, 'Cryin''', 10056995, 1, 0.99, 'Steven Tyler, Joe Perry, Taylor Rhodes', 1, 309263);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (30, 5, 'Amazing', 11616195, 1, 0.99, 'Steven Tyler, Richie Supa', 1, 356519);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (31, 5, 'Blind Man', 7877453, 1, 0.99, 'Steven Tyler, Joe Perry, Taylor Rhodes', 1, 240718);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (32, 5, 'Deuces Are Wild', 7074167, 1, 0.99, 'Steven Tyler, Jim Vallance', 1, 215875);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (33, 5, 'The Other Side', 7983270, 1, 0.99, 'Steven Tyler, Jim Vallance', 1, 244375);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (34, 5, 'Crazy', 10402398, 1, 0.99, 'Steven Tyler, Joe Perry, Desmond Child', 1, 316656);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (35, 5, 'Eat The Rich', 8262039, 1, 0.99, 'Steven Tyler, Joe Perry, Jim Vallance', 1, 251036);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (36, 5, 'Angel', 9989331, 1, 0.99, 'Steven Tyler, Desmond Child', 1, 307617);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (37, 5, 'Livin'' On The Edge', 12374569, 1, 0.99, 'Steven Tyler, Joe Perry, Mark Hudson', 1, 381231);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (38, 6, 'All I Really Want', 9375567, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 284891);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (39, 6, 'You Oughta Know', 8196916, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 249234);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (40, 6, 'Perfect', 6145404, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 188133);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (41, 6, 'Hand In My Pocket', 7224246, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 221570);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (42, 6, 'Right Through You', 5793082, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 176117);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (43, 6, 'Forgiven', 9753256, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 300355);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (44, 6, 'You Learn', 7824837, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 239699);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (45, 6, 'Head Over Feet', 8758008, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 267493);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (46, 6, 'Mary Jane', 9163588, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 280607);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (47, 6, 'Ironic', 7598866, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 229825);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (48, 6, 'Not The Doctor', 7604601, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 227631);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (49, 6, 'Wake Up', 9703359, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 293485);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (50, 6, 'You Oughta Know (Alternate)', 16008629, 1, 0.99, 'Alanis Morissette & Glenn Ballard', 1, 491885);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (51, 7, 'We Die Young', 4925362, 1, 0.99, 'Jerry Cantrell', 1, 152084);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (52, 7, 'Man In The Box', 9310272, 1, 0.99, 'Jerry Cantrell, Layne Staley', 1, 286641);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (53, 7, 'Sea Of Sorrow', 11316328, 1, 0.99, 'Jerry Cantrell', 1, 349831);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (54, 7, 'Bleed The Freak', 7847716, 1, 0.99, 'Jerry Cantrell', 1, 241946);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (55, 7, 'I Can''t Remember', 7302550, 1, 0.99, 'Jerry Cantrell, Layne Staley', 1, 222955);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (56, 7, 'Love, Hate, Love', 12575396, 1, 0.99, 'Jerry Cantrell, Layne Staley', 1, 387134);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (57, 7, 'It Ain''t Like That', 8993793, 1, 0.99, 'Jerry Cantrell, Michael Starr, Sean Kinney', 1, 277577);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (58, 7, 'Sunshine', 9216057, 1, 0.99, 'Jerry Cantrell', 1, 284969);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (59, 7, 'Put You Down', 6420530, 1, 0.99, 'Jerry Cantrell', 1, 196231);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (60, 7, 'Confusion', 11183647, 1, 0.99, 'Jerry Cantrell, Michael Starr, Layne Staley', 1, 344163);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (61, 7, 'I Know Somethin (Bout You)', 8497788, 1, 0.99, 'Jerry Cantrell', 1, 261955);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (62, 7, 'Real Thing', 7937731, 1, 0.99, 'Jerry Cantrell, Layne Staley', 1, 243879);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (63, 8, 'Desafinado', 5990473, 1, 0.99, NULL, 2, 185338);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (64, 8, 'Garota De Ipanema', 9348428, 1, 0.99, NULL, 2, 285048);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (65, 8, 'Samba De Uma Nota Só (One Note Samba)', 4535401, 1, 0.99, NULL, 2, 137273);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (66, 8, 'Por Causa De Você', 5536496, 1, 0.99, NULL, 2, 169900);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (67, 8, 'Ligia', 8226934, 1, 0.99, NULL, 2, 251977);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (68, 8, 'Fotografia', 4198774, 1, 0.99, NULL, 2, 129227);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (69, 8, 'Dindi (Dindi)', 8149148, 1, 0.99, NULL, 2, 253178);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (70, 8, 'Se Todos Fossem Iguais A Você (Instrumental)', 4393377, 1, 0.99, NULL, 2, 134948);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (71, 8, 'Falando De Amor', 7121735, 1, 0.99, NULL, 2, 219663);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (72, 8, 'Angela', 5574957, 1, 0.99, NULL, 2, 169508);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (73, 8, 'Corcovado (Quiet Nights Of Quiet Stars)', 6687994, 1, 0.99, NULL, 2, 205662);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (74, 8, 'Outra Vez', 4110053, 1, 0.99, NULL, 2, 126511);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (75, 8, 'O Boto (Bôto)', 12089673, 1, 0.99, NULL, 2, 366837);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (76, 8, 'Canta, Canta Mais', 8719426, 1, 0.99, NULL, 2, 271856);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (77, 9, 'Enter Sandman', 7286305, 1, 0.99, 'Apocalyptica', 3, 221701);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (78, 9, 'Master Of Puppets', 14375310, 1, 0.99, 'Apocalyptica', 3, 436453);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (79, 9, 'Harvester Of Sorrow', 12372536, 1, 0.99, 'Apocalyptica', 3, 374543);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (80, 9, 'The Unforgiven', 10422447, 1, 0.99, 'Apocalyptica', 3, 322925);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (81, 9, 'Sad But True', 9405526, 1, 0.99, 'Apocalyptica', 3, 288208);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (82, 9, 'Creeping Death', 10110980, 1, 0.99, 'Apocalyptica', 3, 308035);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (83, 9, 'Wherever I May Roam', 12033110, 1, 0.99, 'Apocalyptica', 3, 369345);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (84, 9, 'Welcome Home (Sanitarium)', 11406431, 1, 0.99, 'Apocalyptica', 3, 350197);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (85, 10, 'Cochise', 5339931, 1, 0.99, 'Audioslave/Chris Cornell', 1, 222380);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (86, 10, 'Show Me How to Live', 6672176, 1, 0.99, 'Audioslave/Chris Cornell', 1, 277890);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (87, 10, 'Gasoline', 6709793, 1, 0.99, 'Audioslave/Chris Cornell', 1, 279457);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (88, 10, 'What You Are', 5988186, 1, 0.99, 'Audioslave/Chris Cornell', 1, 249391);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (89, 10, 'Like a Stone', 7059624, 1, 0.99, 'Audioslave/Chris Cornell', 1, 294034);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (90, 10, 'Set It Off', 6321091, 1, 0.99, 'Audioslave/Chris Cornell', 1, 263262);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (91, 10, 'Shadow on the Sun', 8245793, 1, 0.99, 'Audioslave/Chris Cornell', 1, 343457);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (92, 10, 'I am the Highway', 8041411, 1, 0.99, 'Audioslave/Chris Cornell', 1, 334942);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (93, 10, 'Exploder', 4948095, 1, 0.99, 'Audioslave/Chris Cornell', 1, 206053);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (94, 10, 'Hypnotize', 4961887, 1, 0.99, 'Audioslave/Chris Cornell', 1, 206628);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (95, 10, 'Bring''em Back Alive', 7911634, 1, 0.99, 'Audioslave/Chris Cornell', 1, 329534);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (96, 10, 'Light My Way', 7289084, 1, 0.99, 'Audioslave/Chris Cornell', 1, 303595);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (97, 10, 'Getaway Car', 7193162, 1, 0.99, 'Audioslave/Chris Cornell', 1, 299598);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (98, 10, 'The Last Remaining Light', 7622615, 1, 0.99, 'Audioslave/Chris Cornell', 1, 317492);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (99, 11, 'Your Time Has Come', 8273592, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 255529);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (100, 11, 'Out Of Exile', 9506571, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 291291);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (101, 11, 'Be Yourself', 9106160, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 279484);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (102, 11, 'Doesn''t Remind Me', 8357387, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 255869);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (103, 11, 'Drown Me Slowly', 7609178, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 233691);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (104, 11, 'Heaven''s Dead', 9006158, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 276688);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (105, 11, 'The Worm', 7710800, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 237714);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (106, 11, 'Man Or Animal', 7542942, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 233195);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (107, 11, 'Yesterday To Tomorrow', 8944205, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 273763);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (108, 11, 'Dandelion', 9003592, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 278125);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (109, 11, '#1 Zero', 9731988, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 299102);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (110, 11, 'The Curse', 10029406, 1, 0.99, 'Cornell, Commerford, Morello, Wilk', 4, 309786);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (111, 12, 'Money', 2365897, 1, 0.99, 'Berry Gordy, Jr./Janie Bradford', 5, 147591);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (112, 12, 'Long Tall Sally', 1707084, 1, 0.99, 'Enotris Johnson/Little Richard/Robert "Bumps" Blackwell', 5, 106396);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (113, 12, 'Bad Boy', 1862126, 1, 0.99, 'Larry Williams', 5, 116088);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (114, 12, 'Twist And Shout', 2582553, 1, 0.99, 'Bert Russell/Phil Medley', 5, 161123);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (115, 12, 'Please Mr. Postman', 2206986, 1, 0.99, 'Brian Holland/Freddie Gorman/Georgia Dobbins/Robert Bateman/William Garrett', 5, 137639);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (116, 12, 'C''Mon Everybody', 2247846, 1, 0.99, 'Eddie Cochran/Jerry Capehart', 5, 140199);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (117, 12, 'Rock ''N'' Roll Music', 2276788, 1, 0.99, 'Chuck Berry', 5, 141923);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (118, 12, 'Slow Down', 2616981, 1, 0.99, 'Larry Williams', 5, 163265);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (119, 12, 'Roadrunner', 2301989, 1, 0.99, 'Bo Diddley', 5, 143595);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (120, 12, 'Carol', 2306019, 1, 0.99, 'Chuck Berry', 5, 143830);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (121, 12, 'Good Golly Miss Molly', 1704918, 1, 0.99, 'Little Richard', 5, 106266);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (122, 12, '20 Flight Rock', 1299960, 1, 0.99, 'Ned Fairchild', 5, 107807);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (123, 13, 'Quadrant', 8538199, 1, 0.99, 'Billy Cobham', 2, 261851);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (124, 13, 'Snoopy''s search-Red baron', 15075616, 1, 0.99, 'Billy Cobham', 2, 456071);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (125, 13, 'Spanish moss-"A sound portrait"-Spanish moss', 8217867, 1, 0.99, 'Billy Cobham', 2, 248084);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (126, 13, 'Moon germs', 9714812, 1, 0.99, 'Billy Cobham', 2, 294060);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (127, 13, 'Stratus', 19115680, 1, 0.99, 'Billy Cobham', 2, 582086);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (128, 13, 'The pleasant pheasant', 10630578, 1, 0.99, 'Billy Cobham', 2, 318066);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (129, 13, 'Solo-Panhandler', 8230661, 1, 0.99, 'Billy Cobham', 2, 246151);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (130, 13, 'Do what cha wanna', 9018565, 1, 0.99, 'George Duke', 2, 274155);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (131, 14, 'Intro/ Low Down', 10642901, 1, 0.99, NULL, 3, 323683);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (132, 14, '13 Years Of Grief', 8137421, 1, 0.99, NULL, 3, 246987);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (133, 14, 'Stronger Than Death', 9869647, 1, 0.99, NULL, 3, 300747);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (134, 14, 'All For You', 7726948, 1, 0.99, NULL, 3, 235833);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (135, 14, 'Super Terrorizer', 10513905, 1, 0.99, NULL, 3, 319373);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (136, 14, 'Phoney Smile Fake Hellos', 9011701, 1, 0.99, NULL, 3, 273606);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (137, 14, 'Lost My Better Half', 9355309, 1, 0.99, NULL, 3, 284081);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (138, 14, 'Bored To Tears', 8130090, 1, 0.99, NULL, 3, 247327);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (139, 14, 'A.N.D.R.O.T.A.Z.', 8574746, 1, 0.99, NULL, 3, 266266);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (140, 14, 'Born To Booze', 9257358, 1, 0.99, NULL, 3, 282122);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (141, 14, 'World Of Trouble', 11820932, 1, 0.99, NULL, 3, 359157);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (142, 14, 'No More Tears', 18041629, 1, 0.99, NULL, 3, 555075);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (143, 14, 'The Begining... At Last', 11965109, 1, 0.99, NULL, 3, 365662);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (144, 15, 'Heart Of Gold', 6417460, 1, 0.99, NULL, 3, 194873);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (145, 15, 'Snowblind', 13842549, 1, 0.99, NULL, 3, 420022);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (146, 15, 'Like A Bird', 9115657, 1, 0.99, NULL, 3, 276532);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (147, 15, 'Blood In The Wall', 9359475, 1, 0.99, NULL, 3, 284368);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (148, 15, 'The Beginning...At Last', 8975814, 1, 0.99, NULL, 3, 271960);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (149, 16, 'Black Sabbath', 12440200, 1, 0.99, NULL, 3, 382066);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (150, 16, 'The Wizard', 8646737, 1, 0.99, NULL, 3, 264829);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (151, 16, 'Behind The Wall Of Sleep', 7169049, 1, 0.99, NULL, 3, 217573);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (152, 16, 'N.I.B.', 12029390, 1, 0.99, NULL, 3, 368770);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (153, 16, 'Evil Woman', 6655170, 1, 0.99, NULL, 3, 204930);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (154, 16, 'Sleeping Village', 21128525, 1, 0.99, NULL, 3, 644571);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (155, 16, 'Warning', 6893363, 1, 0.99, NULL, 3, 212062);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (156, 17, 'Wheels Of Confusion / The Straightener', 16065830, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 494524);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (157, 17, 'Tomorrow''s Dream', 6252071, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 192496);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (158, 17, 'Changes', 9175517, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 286275);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (159, 17, 'FX', 3331776, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 103157);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (160, 17, 'Supernaut', 9245971, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 285779);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (161, 17, 'Snowblind', 10813386, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 331676);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (162, 17, 'Cornucopia', 7653880, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 234814);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (163, 17, 'Laguna Sunrise', 5671374, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 173087);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (164, 17, 'St. Vitus Dance', 4884969, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 149655);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (165, 17, 'Under The Sun/Every Day Comes and Goes', 11360486, 1, 0.99, 'Tony Iommi, Bill Ward, Geezer Butler, Ozzy Osbourne', 3, 350458);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (166, 18, 'Smoked Pork', 1549074, 1, 0.99, NULL, 4, 47333);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (167, 18, 'Body Count''s In The House', 6715413, 1, 0.99, NULL, 4, 204251);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (168, 18, 'Now Sports', 161266, 1, 0.99, NULL, 4, 4884);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (169, 18, 'Body Count', 10489139, 1, 0.99, NULL, 4, 317936);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (170, 18, 'A Statistic', 211997, 1, 0.99, NULL, 4, 6373);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (171, 18, 'Bowels Of The Devil', 7324125, 1, 0.99, NULL, 4, 223216);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (172, 18, 'The Real Problem', 387360, 1, 0.99, NULL, 4, 11650);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (173, 18, 'KKK Bitch', 5709631, 1, 0.99, NULL, 4, 173008);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (174, 18, 'D Note', 3067064, 1, 0.99, NULL, 4, 95738);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (175, 18, 'Voodoo', 9875962, 1, 0.99, NULL, 4, 300721);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (176, 18, 'The Winner Loses', 12843821, 1, 0.99, NULL, 4, 392254);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (177, 18, 'There Goes The Neighborhood', 11443471, 1, 0.99, NULL, 4, 350171);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (178, 18, 'Oprah', 224313, 1, 0.99, NULL, 4, 6635);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (179, 18, 'Evil Dick', 7828873, 1, 0.99, NULL, 4, 239020);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (180, 18, 'Body Count Anthem', 5463690, 1, 0.99, NULL, 4, 166426);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (181, 18, 'Momma''s Gotta Die Tonight', 12122946, 1, 0.99, NULL, 4, 371539);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (182, 18, 'Freedom Of Speech', 9337917, 1, 0.99, NULL, 4, 281234);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (183, 19, 'King In Crimson', 9218499, 1, 0.99, 'Roy Z', 3, 283167);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (184, 19, 'Chemical Wedding', 8022764, 1, 0.99, 'Roy Z', 3, 246177);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (185, 19, 'The Tower', 9435693, 1, 0.99, 'Roy Z', 3, 285257);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (186, 19, 'Killing Floor', 8854240, 1, 0.99, 'Adrian Smith', 3, 269557);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (187, 19, 'Book Of Thel', 16034404, 1, 0.99, 'Eddie Casillas/Roy Z', 3, 494393);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (188, 19, 'Gates Of Urizen', 8627004, 1, 0.99, 'Roy Z', 3, 265351);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (189, 19, 'Jerusalem', 13194463, 1, 0.99, 'Roy Z', 3, 402390);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (190, 19, 'Trupets Of Jericho', 11820908, 1, 0.99, 'Roy Z', 3, 359131);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (191, 19, 'Machine Men', 11138147, 1, 0.99, 'Adrian Smith', 3, 341655);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (192, 19, 'The Alchemist', 16545657, 1, 0.99, 'Roy Z', 3, 509413);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (193, 19, 'Realword', 7802095, 1, 0.99, 'Roy Z', 3, 237531);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (194, 20, 'First Time I Met The Blues', 4604995, 1, 0.99, 'Eurreal Montgomery', 6, 140434);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (195, 20, 'Let Me Love You Baby', 5716994, 1, 0.99, 'Willie Dixon', 6, 175386);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (196, 20, 'Stone Crazy', 14184984, 1, 0.99, 'Buddy Guy', 6, 433397);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (197, 20, 'Pretty Baby', 7848282, 1, 0.99, 'Willie Dixon', 6, 237662);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (198, 20, 'When My Left Eye Jumps', 7685363, 1, 0.99, 'Al Perkins/Willie Dixon', 6, 235311);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (199, 20, 'Leave My Girl Alone', 6859518, 1, 0.99, 'Buddy Guy', 6, 204721);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (200, 20, 'She Suits Me To A Tee', 4456321, 1, 0.99, 'Buddy Guy', 6, 136803);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (201, 20, 'Keep It To Myself (Aka Keep It To Yourself)', 5487056, 1, 0.99, 'Sonny Boy Williamson [I]', 6, 166060);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (202, 20, 'My Time After Awhile', 6022698, 1, 0.99, 'Robert Geddins/Ron Badger/Sheldon Feinberg', 6, 182491);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (203, 20, 'Too Many Ways (Alternate)', 4459946, 1, 0.99, 'Willie Dixon', 6, 135053);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (204, 20, 'Talkin'' ''Bout Women Obviously', 19161377, 1, 0.99, 'Amos Blakemore/Buddy Guy', 6, 589531);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (205, 21, 'Jorge Da Capadócia', 5842196, 1, 0.99, 'Jorge Ben', 7, 177397);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (206, 21, 'Prenda Minha', 3225364, 1, 0.99, 'Tradicional', 7, 99369);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (207, 21, 'Meditação', 4865597, 1, 0.99, 'Tom Jobim - Newton Mendoça', 7, 148793);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (208, 21, 'Terra', 15889054, 1, 0.99, 'Caetano Veloso', 7, 482429);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (209, 21, 'Eclipse Oculto', 7382703, 1, 0.99, 'Caetano Veloso', 7, 221936);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (210, 21, 'Texto "Verdade Tropical"', 2752161, 1, 0.99, 'Caetano Veloso', 7, 84088);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (211, 21, 'Bem Devagar', 4333651, 1, 0.99, 'Gilberto Gil', 7, 133172);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (212, 21, 'Drão', 5065932, 1, 0.99, 'Gilberto Gil', 7, 156264);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (213, 21, 'Saudosismo', 4726981, 1, 0.99, 'Caetano Veloso', 7, 144326);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (214, 21, 'Carolina', 5924159, 1, 0.99, 'Chico Buarque', 7, 181812);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (215, 21, 'Sozinho', 6253200, 1, 0.99, 'Peninha', 7, 190589);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (216, 21, 'Esse Cara', 7217126, 1, 0.99, 'Caetano Veloso', 7, 223111);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (217, 21, 'Mel', 9854062, 1, 0.99, 'Caetano Veloso - Waly Salomão', 7, 294765);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (218, 21, 'Linha Do Equador', 10003747, 1, 0.99, 'Caetano Veloso - Djavan', 7, 299337);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (219, 21, 'Odara', 4704104, 1, 0.99, 'Caetano Veloso', 7, 141270);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (220, 21, 'A Luz De Tieta', 8507446, 1, 0.99, 'Caetano Veloso', 7, 251742);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (221, 21, 'Atrás Da Verd-E-Rosa Só Não Vai Quem Já Morreu', 10364247, 1, 0.99, 'David Corrêa - Paulinho Carvalho - Carlos Sena - Bira do Ponto', 7, 307252);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (222, 21, 'Vida Boa', 9411272, 1, 0.99, 'Fausto Nilo - Armandinho', 7, 281730);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (223, 22, 'Sozinho (Hitmakers Classic Mix)', 14462072, 1, 0.99, NULL, 7, 436636);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (224, 22, 'Sozinho (Hitmakers Classic Radio Edit)', 6455134, 1, 0.99, NULL, 7, 195004);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (225, 22, 'Sozinho (Caêdrum ''n'' Bass)', 10975007, 1, 0.99, NULL, 7, 328071);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (226, 23, 'Carolina', 5375395, 1, 0.99, NULL, 7, 163056);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (227, 23, 'Essa Moça Ta Diferente', 5568574, 1, 0.99, NULL, 7, 167235);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (228, 23, 'Vai Passar', 12359161, 1, 0.99, NULL, 7, 369763);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (229, 23, 'Samba De Orly', 5431854, 1, 0.99, NULL, 7, 162429);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (230, 23, 'Bye, Bye Brasil', 9499590, 1, 0.99, NULL, 7, 283402);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (231, 23, 'Atras Da Porta', 6132843, 1, 0.99, NULL, 7, 189675);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (232, 23, 'Tatuagem', 5645703, 1, 0.99, NULL, 7, 172120);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (233, 23, 'O Que Será (À Flor Da Terra)', 5574848, 1, 0.99, NULL, 7, 167288);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (234, 23, 'Morena De Angola', 6373932, 1, 0.99, NULL, 7, 186801);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (235, 23, 'Apesar De Você', 7886937, 1, 0.99, NULL, 7, 234501);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (236, 23, 'A Banda', 4349539, 1, 0.99, NULL, 7, 132493);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (237, 23, 'Minha Historia', 6029673, 1, 0.99, NULL, 7, 182256);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (238, 23, 'Com Açúcar E Com Afeto', 5846442, 1, 0.99, NULL, 7, 175386);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (239, 23, 'Brejo Da Cruz', 7270749, 1, 0.99, NULL, 7, 214099);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (240, 23, 'Meu Caro Amigo', 8778172, 1, 0.99, NULL, 7, 260257);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (241, 23, 'Geni E O Zepelim', 10342226, 1, 0.99, NULL, 7, 317570);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (242, 23, 'Trocando Em Miúdos', 5461468, 1, 0.99, NULL, 7, 169717);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (243, 23, 'Vai Trabalhar Vagabundo', 4693941, 1, 0.99, NULL, 7, 139154);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (244, 23, 'Gota D''água', 5074189, 1, 0.99, NULL, 7, 153208);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (245, 23, 'Construção / Deus Lhe Pague', 12675305, 1, 0.99, NULL, 7, 383059);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (246, 24, 'Mateus Enter', 1103013, 1, 0.99, 'Chico Science', 7, 33149);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (247, 24, 'O Cidadão Do Mundo', 6724966, 1, 0.99, 'Chico Science', 7, 200933);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (248, 24, 'Etnia', 5061413, 1, 0.99, 'Chico Science', 7, 152555);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (249, 24, 'Quilombo Groove [Instrumental]', 5042447, 1, 0.99, 'Chico Science', 7, 151823);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (250, 24, 'Macô', 8253934, 1, 0.99, 'Chico Science', 7, 249600);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (251, 24, 'Um Passeio No Mundo Livre', 7984291, 1, 0.99, 'Chico Science', 7, 240091);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (252, 24, 'Samba Do Lado', 7541688, 1, 0.99, 'Chico Science', 7, 227317);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (253, 24, 'Maracatu Atômico', 9670057, 1, 0.99, 'Chico Science', 7, 284264);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (254, 24, 'O Encontro De Isaac Asimov Com Santos Dumont No Céu', 3240816, 1, 0.99, 'Chico Science', 7, 99108);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (255, 24, 'Corpo De Lama', 7714954, 1, 0.99, 'Chico Science', 7, 232672);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (256, 24, 'Sobremesa', 7960868, 1, 0.99, 'Chico Science', 7, 240091);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (257, 24, 'Manguetown', 6475159, 1, 0.99, 'Chico Science', 7, 194560);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (258, 24, 'Um Satélite Na Cabeça', 4272821, 1, 0.99, 'Chico Science', 7, 126615);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (259, 24, 'Baião Ambiental [Instrumental]', 5198539, 1, 0.99, 'Chico Science', 7, 152659);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (260, 24, 'Sangue De Bairro', 4415557, 1, 0.99, 'Chico Science', 7, 132231);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (261, 24, 'Enquanto O Mundo Explode', 2968650, 1, 0.99, 'Chico Science', 7, 88764);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (262, 24, 'Interlude Zumbi', 2408550, 1, 0.99, 'Chico Science', 7, 71627);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (263, 24, 'Criança De Domingo', 6984813, 1, 0.99, 'Chico Science', 7, 208222);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (264, 24, 'Amor De Muito', 5881293, 1, 0.99, 'Chico Science', 7, 175333);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (265, 24, 'Samidarish [Instrumental]', 8911641, 1, 0.99, 'Chico Science', 7, 272431);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (266, 24, 'Maracatu Atômico [Atomic Version]', 9019677, 1, 0.99, 'Chico Science', 7, 273084);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (267, 24, 'Maracatu Atômico [Ragga Mix]', 6986421, 1, 0.99, 'Chico Science', 7, 210155);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (268, 24, 'Maracatu Atômico [Trip Hop]', 7380787, 1, 0.99, 'Chico Science', 7, 221492);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (269, 25, 'Banditismo Por Uma Questa', 10251097, 1, 0.99, NULL, 7, 307095);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (270, 25, 'Banditismo Por Uma Questa', 8147224, 1, 0.99, NULL, 7, 243644);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (271, 25, 'Rios Pontes & Overdrives', 9659152, 1, 0.99, NULL, 7, 286720);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (272, 25, 'Cidade', 7241817, 1, 0.99, NULL, 7, 216346);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (273, 25, 'Praiera', 6172781, 1, 0.99, NULL, 7, 183640);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (274, 25, 'Samba Makossa', 9095410, 1, 0.99, NULL, 7, 271856);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (275, 25, 'Da Lama Ao Caos', 8378065, 1, 0.99, NULL, 7, 251559);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (276, 25, 'Maracatu De Tiro Certeiro', 2901397, 1, 0.99, NULL, 7, 88868);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (277, 25, 'Salustiano Song', 7183969, 1, 0.99, NULL, 7, 215405);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (278, 25, 'Antene Se', 8253618, 1, 0.99, NULL, 7, 248372);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (279, 25, 'Risoflora', 3536938, 1, 0.99, NULL, 7, 105586);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (280, 25, 'Lixo Do Mangue', 6534200, 1, 0.99, NULL, 7, 193253);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (281, 25, 'Computadores Fazem Arte', 13702771, 1, 0.99, NULL, 7, 404323);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (282, 26, 'Girassol', 8327676, 1, 0.99, 'Bino Farias/Da Gama/Lazão/Pedro Luis/Toni Garrido', 8, 249808);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (283, 26, 'A Sombra Da Maldade', 7697230, 1, 0.99, 'Da Gama/Toni Garrido', 8, 230922);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (284, 26, 'Johnny B. Goode', 8505985, 1, 0.99, 'Chuck Berry', 8, 254615);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (285, 26, 'Soldado Da Paz', 6455080, 1, 0.99, 'Herbert Vianna', 8, 194220);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (286, 26, 'Firmamento', 7402658, 1, 0.99, 'Bino Farias/Da Gama/Henry Lawes/Lazão/Toni Garrido/Winston Foser-Vers', 8, 222145);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (287, 26, 'Extra', 10078050, 1, 0.99, 'Gilberto Gil', 8, 304352);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (288, 26, 'O Erê', 7866924, 1, 0.99, 'Bernardo Vilhena/Bino Farias/Da Gama/Lazão/Toni Garrido', 8, 236382);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (289, 26, 'Podes Crer', 7747747, 1, 0.99, 'Bino Farias/Da Gama/Lazão/Toni Garrido', 8, 232280);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (290, 26, 'A Estrada', 8275673, 1, 0.99, 'Bino Farias/Da Gama/Lazão/Toni Garrido', 8, 248842);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (291, 26, 'Berlim', 6920424, 1, 0.99, 'Da Gama/Toni Garrido', 8, 207542);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (292, 26, 'Já Foi', 7388466, 1, 0.99, 'Bino Farias/Da Gama/Lazão/Toni Garrido', 8, 221544);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (293, 26, 'Onde Você Mora?', 8502588, 1, 0.99, 'Marisa Monte/Nando Reis', 8, 256026);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (294, 26, 'Pensamento', 5748424, 1, 0.99, 'Bino Farias/Da Gamma/Lazão/Rás Bernard', 8, 173008);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (295, 26, 'Conciliação', 8552474, 1, 0.99, 'Da Gama/Lazão/Rás Bernardo', 8, 257619);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (296, 26, 'Realidade Virtual', 6503533, 1, 0.99, 'Bino Farias/Da Gama/Lazão/Toni Garrido', 8, 195239);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (297, 26, 'Mensagem', 7488852, 1, 0.99, 'Bino Farias/Da Gama/Lazão/Rás Bernardo', 8, 225332);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (298, 26, 'A Cor Do Sol', 7663348, 1, 0.99, 'Bernardo Vilhena/Da Gama/Lazão', 8, 231392);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (299, 27, 'Onde Você Mora?', 10056970, 1, 0.99, 'Marisa Monte/Nando Reis', 8, 298396);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (300, 27, 'O Erê', 6950332, 1, 0.99, 'Bernardo Vilhena/Bino/Da Gama/Lazao/Toni Garrido', 8, 206942);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (301, 27, 'A Sombra Da Maldade', 9544383, 1, 0.99, 'Da Gama/Toni Garrido', 8, 285231);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (302, 27, 'A Estrada', 9344477, 1, 0.99, 'Da Gama/Lazao/Toni Garrido', 8, 282174);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (303, 27, 'Falar A Verdade', 8189093, 1, 0.99, 'Bino/Da Gama/Ras Bernardo', 8, 244950);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (304, 27, 'Firmamento', 7507866, 1, 0.99, 'Harry Lawes/Winston Foster-Vers', 8, 225488);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (305, 27, 'Pensamento', 6399761, 1, 0.99, 'Bino/Da Gama/Ras Bernardo', 8, 192391);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (306, 27, 'Realidade Virtual', 8069934, 1, 0.99, 'Bino/Da Gamma/Lazao/Toni Garrido', 8, 240300);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (307, 27, 'Doutor', 5950952, 1, 0.99, 'Bino/Da Gama/Toni Garrido', 8, 178155);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (308, 27, 'Na Frente Da TV', 9633659, 1, 0.99, 'Bino/Da Gama/Lazao/Ras Bernardo', 8, 289750);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (309, 27, 'Downtown', 8024386, 1, 0.99, 'Cidade Negra', 8, 239725);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (310, 27, 'Sábado A Noite', 8895073, 1, 0.99, 'Lulu Santos', 8, 267363);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (311, 27, 'A Cor Do Sol', 9142937, 1, 0.99, 'Bernardo Vilhena/Da Gama/Lazao', 8, 273031);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (312, 27, 'Eu Também Quero Beijar', 7029400, 1, 0.99, 'Fausto Nilo/Moraes Moreira/Pepeu Gomes', 8, 211147);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (313, 28, 'Noite Do Prazer', 10309980, 1, 0.99, NULL, 7, 311353);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (314, 28, 'À Francesa', 8150846, 1, 0.99, NULL, 7, 244532);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (315, 28, 'Cada Um Cada Um (A Namoradeira)', 8441034, 1, 0.99, NULL, 7, 253492);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (316, 28, 'Linha Do Equador', 8123466, 1, 0.99, NULL, 7, 244715);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (317, 28, 'Amor Demais', 8420093, 1, 0.99, NULL, 7, 254040);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (318, 28, 'Férias', 8731945, 1, 0.99, NULL, 7, 264202);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (319, 28, 'Gostava Tanto De Você', 7685326, 1, 0.99, NULL, 7, 230452);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (320, 28, 'Flor Do Futuro', 9205941, 1, 0.99, NULL, 7, 275748);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (321, 28, 'Felicidade Urgente', 8873358, 1, 0.99, NULL, 7, 266605);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (322, 28, 'Livre Pra Viver', 7111596, 1, 0.99, NULL, 7, 214595);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (323, 29, 'Dig-Dig, Lambe-Lambe (Ao Vivo)', 6892516, 1, 0.99, 'Cassiano Costa/Cintia Maviane/J.F./Lucas Costa', 9, 205479);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (324, 29, 'Pererê', 6643207, 1, 0.99, 'Augusto Conceição/Chiclete Com Banana', 9, 198661);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (325, 29, 'TriboTchan', 6507950, 1, 0.99, 'Cal Adan/Paulo Levi', 9, 194194);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (326, 29, 'Tapa Aqui, Descobre Ali', 6327391, 1, 0.99, 'Paulo Levi/W. Rangel', 9, 188630);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (327, 29, 'Daniela', 7748006, 1, 0.99, 'Jorge Cardoso/Pierre Onasis', 9, 230791);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (328, 29, 'Bate Lata', 7034985, 1, 0.99, 'Fábio Nolasco/Gal Sales/Ivan Brasil', 9, 206733);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (329, 29, 'Garotas do Brasil', 6973625, 1, 0.99, 'Garay, Ricardo Engels/Luca Predabom/Ludwig, Carlos Henrique/Maurício Vieira', 9, 210155);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (330, 29, 'Levada do Amor (Ailoviu)', 6457752, 1, 0.99, 'Luiz Wanderley/Paulo Levi', 9, 190093);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (331, 29, 'Lavadeira', 7254147, 1, 0.99, 'Do Vale, Valverde/Gal Oliveira/Luciano Pinto', 9, 214256);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (332, 29, 'Reboladeira', 7027525, 1, 0.99, 'Cal Adan/Ferrugem/Julinho Carioca/Tríona Ní Dhomhnaill', 9, 210599);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (333, 29, 'É que Nessa Encarnação Eu Nasci Manga', 6568081, 1, 0.99, 'Lucina/Luli', 9, 196519);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (334, 29, 'Reggae Tchan', 6931328, 1, 0.99, 'Cal Adan/Del Rey, Tension/Edu Casanova', 9, 206654);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (335, 29, 'My Love', 6772813, 1, 0.99, 'Jauperi/Zeu Góes', 9, 203493);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (336, 29, 'Latinha de Cerveja', 5532564, 1, 0.99, 'Adriano Bernandes/Edmar Neves', 9, 166687);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (337, 30, 'You Shook Me', 10249958, 1, 0.99, 'J B Lenoir/Willie Dixon', 1, 315951);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (338, 30, 'I Can''t Quit You Baby', 8581414, 1, 0.99, 'Willie Dixon', 1, 263836);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (339, 30, 'Communication Breakdown', 6287257, 1, 0.99, 'Jimmy Page/John Bonham/John Paul Jones', 1, 192653);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (340, 30, 'Dazed and Confused', 13035765, 1, 0.99, 'Jimmy Page', 1, 401920);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (341, 30, 'The Girl I Love She Got Long Black Wavy Hair', 5995686, 1, 0.99, 'Jimmy Page/John Bonham/John Estes/John Paul Jones/Robert Plant', 1, 183327);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (342, 30, 'What is and Should Never Be', 8497116, 1, 0.99, 'Jimmy Page/Robert Plant', 1, 260675);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (343, 30, 'Communication Breakdown(2)', 5261022, 1, 0.99, 'Jimmy Page/John Bonham/John Paul Jones', 1, 161149);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (344, 30, 'Travelling Riverside Blues', 10232581, 1, 0.99, 'Jimmy Page/Robert Johnson/Robert Plant', 1, 312032);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (345, 30, 'Whole Lotta Love', 12258175, 1, 0.99, 'Jimmy Page/John Bonham/John Paul Jones/Robert Plant/Willie Dixon', 1, 373394);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (346, 30, 'Somethin'' Else', 4165650, 1, 0.99, 'Bob Cochran/Sharon Sheeley', 1, 127869);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (347, 30, 'Communication Breakdown(3)', 6041133, 1, 0.99, 'Jimmy Page/John Bonham/John Paul Jones', 1, 185260);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (348, 30, 'I Can''t Quit You Baby(2)', 12377615, 1, 0.99, 'Willie Dixon', 1, 380551);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (349, 30, 'You Shook Me(2)', 20138673, 1, 0.99, 'J B Lenoir/Willie Dixon', 1, 619467);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (350, 30, 'How Many More Times', 23092953, 1, 0.99, 'Chester Burnett/Jimmy Page/John Bonham/John Paul Jones/Robert Plant', 1, 711836);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (351, 31, 'Debra Kadabra', 7649679, 1, 0.99, 'Frank Zappa', 1, 234553);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (352, 31, 'Carolina Hard-Core Ecstasy', 11731061, 1, 0.99, 'Frank Zappa', 1, 359680);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (353, 31, 'Sam With The Showing Scalp Flat Top', 5572993, 1, 0.99, 'Don Van Vliet', 1, 171284);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (354, 31, 'Poofter''s Froth Wyoming Plans Ahead', 6007019, 1, 0.99, 'Frank Zappa', 1, 183902);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (355, 31, '200 Years Old', 8912465, 1, 0.99, 'Frank Zappa', 1, 272561);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (356, 31, 'Cucamonga', 4728586, 1, 0.99, 'Frank Zappa', 1, 144483);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (357, 31, 'Advance Romance', 22080051, 1, 0.99, 'Frank Zappa', 1, 677694);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (358, 31, 'Man With The Woman Head', 2922044, 1, 0.99, 'Don Van Vliet', 1, 88894);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (359, 31, 'Muffin Man', 10891682, 1, 0.99, 'Frank Zappa', 1, 332878);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (360, 32, 'Vai-Vai 2001', 9402241, 1, 0.99, NULL, 10, 276349);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (361, 32, 'X-9 2001', 9310370, 1, 0.99, NULL, 10, 273920);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (362, 32, 'Gavioes 2001', 9616640, 1, 0.99, NULL, 10, 282723);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (363, 32, 'Nene 2001', 9694508, 1, 0.99, NULL, 10, 284969);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (364, 32, 'Rosas De Ouro 2001', 9721084, 1, 0.99, NULL, 10, 284342);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (365, 32, 'Mocidade Alegre 2001', 9599937, 1, 0.99, NULL, 10, 282488);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (366, 32, 'Camisa Verde 2001', 9633755, 1, 0.99, NULL, 10, 283454);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (367, 32, 'Leandro De Itaquera 2001', 9451845, 1, 0.99, NULL, 10, 274808);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (368, 32, 'Tucuruvi 2001', 9883335, 1, 0.99, NULL, 10, 287921);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (369, 32, 'Aguia De Ouro 2001', 9698729, 1, 0.99, NULL, 10, 284160);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (370, 32, 'Ipiranga 2001', 8522591, 1, 0.99, NULL, 10, 248293);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (371, 32, 'Morro Da Casa Verde 2001', 9718778, 1, 0.99, NULL, 10, 284708);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (372, 32, 'Perola Negra 2001', 9619196, 1, 0.99, NULL, 10, 281626);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (373, 32, 'Sao Lucas 2001', 10020122, 1, 0.99, NULL, 10, 296254);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (374, 33, 'Guanabara', 8499591, 1, 0.99, 'Marcos Valle', 7, 247614);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (375, 33, 'Mas Que Nada', 8255254, 1, 0.99, 'Jorge Ben', 7, 248398);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (376, 33, 'Vôo Sobre o Horizonte', 7528825, 1, 0.99, 'J.r.Bertami/Parana', 7, 225097);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (377, 33, 'A Paz', 8619173, 1, 0.99, 'Donato/Gilberto Gil', 7, 263183);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (378, 33, 'Wave (Vou te Contar)', 9057557, 1, 0.99, 'Antonio Carlos Jobim', 7, 271647);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (379, 33, 'Água de Beber', 4866476, 1, 0.99, 'Antonio Carlos Jobim/Vinicius de Moraes', 7, 146677);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (380, 33, 'Samba da Bençaco', 9440676, 1, 0.99, 'Baden Powell/Vinicius de Moraes', 7, 282200);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (381, 33, 'Pode Parar', 6046678, 1, 0.99, 'Jorge Vercilo/Jota Maranhao', 7, 179408);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (382, 33, 'Menino do Rio', 8737489, 1, 0.99, 'Caetano Veloso', 7, 262713);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (383, 33, 'Ando Meio Desligado', 6547648, 1, 0.99, 'Caetano Veloso', 7, 195813);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (384, 33, 'Mistério da Raça', 6191752, 1, 0.99, 'Luiz Melodia/Ricardo Augusto', 7, 184320);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (385, 33, 'All Star', 5891697, 1, 0.99, 'Nando Reis', 7, 176326);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (386, 33, 'Menina Bonita', 7938246, 1, 0.99, 'Alexandre Brazil/Pedro Luis/Rodrigo Cabelo', 7, 237087);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (387, 33, 'Pescador de Ilusões', 8267067, 1, 0.99, 'Macelo Yuka/O Rappa', 7, 245524);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (388, 33, 'À Vontade (Live Mix)', 5972430, 1, 0.99, 'Bombom/Ed Motta', 7, 180636);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (389, 33, 'Maria Fumaça', 4743149, 1, 0.99, 'Luiz Carlos/Oberdan', 7, 141008);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (390, 33, 'Sambassim (dj patife remix)', 7243166, 1, 0.99, 'Alba Carvalho/Fernando Porto', 7, 213655);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (391, 34, 'Garota De Ipanema', 9141343, 1, 0.99, 'Vários', 7, 279536);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (392, 34, 'Tim Tim Por Tim Tim', 7143328, 1, 0.99, 'Vários', 7, 213237);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (393, 34, 'Tarde Em Itapoã', 10344491, 1, 0.99, 'Vários', 7, 313704);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (394, 34, 'Tanto Tempo', 5572240, 1, 0.99, 'Vários', 7, 170292);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (395, 34, 'Eu Vim Da Bahia - Live', 5115428, 1, 0.99, 'Vários', 7, 157988);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (396, 34, 'Alô Alô Marciano', 8013065, 1, 0.99, 'Vários', 7, 238106);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (397, 34, 'Linha Do Horizonte', 9275929, 1, 0.99, 'Vários', 7, 279484);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (398, 34, 'Only A Dream In Rio', 12192989, 1, 0.99, 'Vários', 7, 371356);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (399, 34, 'Abrir A Porta', 8991141, 1, 0.99, 'Vários', 7, 271960);
INSERT INTO public.track (id, album, name, bytes, mediatype, unit_price, composer, genre, milliseconds) VALUES (400, 34, 'Alice', 5594341, 1, 0.99, 'Vários', 7, 165982);


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

