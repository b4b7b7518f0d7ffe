--
-- PostgreSQL database dump
--

\restrict wfC9Q2t6l0cXU3WWvizdV8Z4dcR7cwPuJKicv6UBXeFXKRgwV9EVo9bZjcS3pWM

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

--
-- Name: studydirection; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.studydirection AS ENUM (
    'NOT_SET',
    'MINIMIZE',
    'MAXIMIZE'
);


ALTER TYPE public.studydirection OWNER TO postgres;

--
-- Name: trialintermediatevaluetype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.trialintermediatevaluetype AS ENUM (
    'FINITE',
    'INF_POS',
    'INF_NEG',
    'NAN'
);


ALTER TYPE public.trialintermediatevaluetype OWNER TO postgres;

--
-- Name: trialstate; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.trialstate AS ENUM (
    'RUNNING',
    'COMPLETE',
    'PRUNED',
    'FAIL',
    'WAITING'
);


ALTER TYPE public.trialstate OWNER TO postgres;

--
-- Name: trialvaluetype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.trialvaluetype AS ENUM (
    'FINITE',
    'INF_POS',
    'INF_NEG'
);


ALTER TYPE public.trialvaluetype OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: studies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.studies (
    study_id integer NOT NULL,
    study_name character varying(512) NOT NULL
);


ALTER TABLE public.studies OWNER TO postgres;

--
-- Name: studies_study_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.studies_study_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.studies_study_id_seq OWNER TO postgres;

--
-- Name: studies_study_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.studies_study_id_seq OWNED BY public.studies.study_id;


--
-- Name: study_directions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.study_directions (
    study_direction_id integer NOT NULL,
    direction public.studydirection NOT NULL,
    study_id integer NOT NULL,
    objective integer NOT NULL
);


ALTER TABLE public.study_directions OWNER TO postgres;

--
-- Name: study_directions_study_direction_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.study_directions_study_direction_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.study_directions_study_direction_id_seq OWNER TO postgres;

--
-- Name: study_directions_study_direction_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.study_directions_study_direction_id_seq OWNED BY public.study_directions.study_direction_id;


--
-- Name: study_system_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.study_system_attributes (
    study_system_attribute_id integer NOT NULL,
    study_id integer,
    key character varying(512),
    value_json text
);


ALTER TABLE public.study_system_attributes OWNER TO postgres;

--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.study_system_attributes_study_system_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.study_system_attributes_study_system_attribute_id_seq OWNER TO postgres;

--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.study_system_attributes_study_system_attribute_id_seq OWNED BY public.study_system_attributes.study_system_attribute_id;


--
-- Name: study_user_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.study_user_attributes (
    study_user_attribute_id integer NOT NULL,
    study_id integer,
    key character varying(512),
    value_json text
);


ALTER TABLE public.study_user_attributes OWNER TO postgres;

--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.study_user_attributes_study_user_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.study_user_attributes_study_user_attribute_id_seq OWNER TO postgres;

--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.study_user_attributes_study_user_attribute_id_seq OWNED BY public.study_user_attributes.study_user_attribute_id;


--
-- Name: trial_heartbeats; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_heartbeats (
    trial_heartbeat_id integer NOT NULL,
    trial_id integer NOT NULL,
    heartbeat timestamp without time zone NOT NULL
);


ALTER TABLE public.trial_heartbeats OWNER TO postgres;

--
-- Name: trial_heartbeats_trial_heartbeat_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_heartbeats_trial_heartbeat_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trial_heartbeats_trial_heartbeat_id_seq OWNER TO postgres;

--
-- Name: trial_heartbeats_trial_heartbeat_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_heartbeats_trial_heartbeat_id_seq OWNED BY public.trial_heartbeats.trial_heartbeat_id;


--
-- Name: trial_intermediate_values; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_intermediate_values (
    trial_intermediate_value_id integer NOT NULL,
    trial_id integer NOT NULL,
    step integer NOT NULL,
    intermediate_value double precision,
    intermediate_value_type public.trialintermediatevaluetype NOT NULL
);


ALTER TABLE public.trial_intermediate_values OWNER TO postgres;

--
-- Name: trial_intermediate_values_trial_intermediate_value_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_intermediate_values_trial_intermediate_value_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trial_intermediate_values_trial_intermediate_value_id_seq OWNER TO postgres;

--
-- Name: trial_intermediate_values_trial_intermediate_value_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_intermediate_values_trial_intermediate_value_id_seq OWNED BY public.trial_intermediate_values.trial_intermediate_value_id;


--
-- Name: trial_params; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_params (
    param_id integer NOT NULL,
    trial_id integer,
    param_name character varying(512),
    param_value double precision,
    distribution_json text
);


ALTER TABLE public.trial_params OWNER TO postgres;

--
-- Name: trial_params_param_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_params_param_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trial_params_param_id_seq OWNER TO postgres;

--
-- Name: trial_params_param_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_params_param_id_seq OWNED BY public.trial_params.param_id;


--
-- Name: trial_system_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_system_attributes (
    trial_system_attribute_id integer NOT NULL,
    trial_id integer,
    key character varying(512),
    value_json text
);


ALTER TABLE public.trial_system_attributes OWNER TO postgres;

--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trial_system_attributes_trial_system_attribute_id_seq OWNER TO postgres;

--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq OWNED BY public.trial_system_attributes.trial_system_attribute_id;


--
-- Name: trial_user_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_user_attributes (
    trial_user_attribute_id integer NOT NULL,
    trial_id integer,
    key character varying(512),
    value_json text
);


ALTER TABLE public.trial_user_attributes OWNER TO postgres;

--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trial_user_attributes_trial_user_attribute_id_seq OWNER TO postgres;

--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq OWNED BY public.trial_user_attributes.trial_user_attribute_id;


--
-- Name: trial_values; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_values (
    trial_value_id integer NOT NULL,
    trial_id integer NOT NULL,
    objective integer NOT NULL,
    value double precision,
    value_type public.trialvaluetype NOT NULL
);


ALTER TABLE public.trial_values OWNER TO postgres;

--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_values_trial_value_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trial_values_trial_value_id_seq OWNER TO postgres;

--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_values_trial_value_id_seq OWNED BY public.trial_values.trial_value_id;


--
-- Name: trials; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trials (
    trial_id integer NOT NULL,
    number integer,
    study_id integer,
    state public.trialstate NOT NULL,
    datetime_start timestamp without time zone,
    datetime_complete timestamp without time zone
);


ALTER TABLE public.trials OWNER TO postgres;

--
-- Name: trials_trial_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trials_trial_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.trials_trial_id_seq OWNER TO postgres;

--
-- Name: trials_trial_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trials_trial_id_seq OWNED BY public.trials.trial_id;


--
-- Name: version_info; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.version_info (
    version_info_id integer NOT NULL,
    schema_version integer,
    library_version character varying(256),
    CONSTRAINT version_info_version_info_id_check CHECK ((version_info_id = 1))
);


ALTER TABLE public.version_info OWNER TO postgres;

--
-- Name: studies study_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.studies ALTER COLUMN study_id SET DEFAULT nextval('public.studies_study_id_seq'::regclass);


--
-- Name: study_directions study_direction_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_directions ALTER COLUMN study_direction_id SET DEFAULT nextval('public.study_directions_study_direction_id_seq'::regclass);


--
-- Name: study_system_attributes study_system_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes ALTER COLUMN study_system_attribute_id SET DEFAULT nextval('public.study_system_attributes_study_system_attribute_id_seq'::regclass);


--
-- Name: study_user_attributes study_user_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes ALTER COLUMN study_user_attribute_id SET DEFAULT nextval('public.study_user_attributes_study_user_attribute_id_seq'::regclass);


--
-- Name: trial_heartbeats trial_heartbeat_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_heartbeats ALTER COLUMN trial_heartbeat_id SET DEFAULT nextval('public.trial_heartbeats_trial_heartbeat_id_seq'::regclass);


--
-- Name: trial_intermediate_values trial_intermediate_value_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_intermediate_values ALTER COLUMN trial_intermediate_value_id SET DEFAULT nextval('public.trial_intermediate_values_trial_intermediate_value_id_seq'::regclass);


--
-- Name: trial_params param_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params ALTER COLUMN param_id SET DEFAULT nextval('public.trial_params_param_id_seq'::regclass);


--
-- Name: trial_system_attributes trial_system_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes ALTER COLUMN trial_system_attribute_id SET DEFAULT nextval('public.trial_system_attributes_trial_system_attribute_id_seq'::regclass);


--
-- Name: trial_user_attributes trial_user_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes ALTER COLUMN trial_user_attribute_id SET DEFAULT nextval('public.trial_user_attributes_trial_user_attribute_id_seq'::regclass);


--
-- Name: trial_values trial_value_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values ALTER COLUMN trial_value_id SET DEFAULT nextval('public.trial_values_trial_value_id_seq'::regclass);


--
-- Name: trials trial_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trials ALTER COLUMN trial_id SET DEFAULT nextval('public.trials_trial_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
v3.2.0.a
\.


--
-- Data for Name: studies; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.studies (study_id, study_name) FROM stdin;
1	utkface-variants:runs
2	utkface-variants:accuracy
3	utkface-variants:accuracy:mean
4	utkface-variants:mae
5	utkface-variants:mae:mean
6	utkface-variants:mse
7	utkface-variants:mse:mean
\.


--
-- Data for Name: study_directions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.study_directions (study_direction_id, direction, study_id, objective) FROM stdin;
1	MAXIMIZE	1	0
2	MAXIMIZE	2	0
3	MAXIMIZE	3	0
4	MINIMIZE	4	0
5	MINIMIZE	5	0
6	MINIMIZE	6	0
7	MINIMIZE	7	0
\.


--
-- Data for Name: study_system_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.study_system_attributes (study_system_attribute_id, study_id, key, value_json) FROM stdin;
1	1	study:metric_names	["val_accuracy"]
2	2	study:metric_names	["val_accuracy"]
3	3	study:metric_names	["mean val_accuracy"]
4	4	study:metric_names	["val_mae"]
5	5	study:metric_names	["mean val_mae"]
6	6	study:metric_names	["val_mse"]
7	7	study:metric_names	["mean val_mse"]
8	2	dashboard:note_ver	1
9	2	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
10	2	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
11	2	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
12	2	artifacts:a8fc1e5d-246f-4b01-8b37-261315577339	"{\\"artifact_id\\": \\"a8fc1e5d-246f-4b01-8b37-261315577339\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
13	2	artifacts:c1c25a48-9dfb-47fe-af71-4a84983593d9	"{\\"artifact_id\\": \\"c1c25a48-9dfb-47fe-af71-4a84983593d9\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
14	2	artifacts:5a596ccb-5446-4d06-afca-bff36616b0b6	"{\\"artifact_id\\": \\"5a596ccb-5446-4d06-afca-bff36616b0b6\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
15	2	artifacts:03cb7900-5d7f-4610-a7af-60bc13a226bc	"{\\"artifact_id\\": \\"03cb7900-5d7f-4610-a7af-60bc13a226bc\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
16	3	dashboard:note_ver	1
17	3	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
18	3	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
19	3	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
20	3	artifacts:c7a4d218-ea94-4ad1-80b6-f94a034455f9	"{\\"artifact_id\\": \\"c7a4d218-ea94-4ad1-80b6-f94a034455f9\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
21	3	artifacts:bf7bc5fc-4b79-4e00-9cfe-df592fcdf860	"{\\"artifact_id\\": \\"bf7bc5fc-4b79-4e00-9cfe-df592fcdf860\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
22	3	artifacts:2185f73e-16aa-4ba4-9b12-ab685401f78e	"{\\"artifact_id\\": \\"2185f73e-16aa-4ba4-9b12-ab685401f78e\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
23	3	artifacts:e22aa34c-e88c-4cf1-8979-0810d3701479	"{\\"artifact_id\\": \\"e22aa34c-e88c-4cf1-8979-0810d3701479\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
24	4	dashboard:note_ver	1
25	4	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
26	4	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
27	4	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
28	4	artifacts:4038a2df-1ed0-4439-8a47-62a0d6aa137e	"{\\"artifact_id\\": \\"4038a2df-1ed0-4439-8a47-62a0d6aa137e\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
29	4	artifacts:123c7948-6270-43f3-a837-30a2b970e4aa	"{\\"artifact_id\\": \\"123c7948-6270-43f3-a837-30a2b970e4aa\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
30	4	artifacts:ad8b43f7-969e-43a8-8bec-4aef7680dd68	"{\\"artifact_id\\": \\"ad8b43f7-969e-43a8-8bec-4aef7680dd68\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
31	4	artifacts:64783161-80d5-4519-981d-18dad1dc8b5a	"{\\"artifact_id\\": \\"64783161-80d5-4519-981d-18dad1dc8b5a\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
32	5	dashboard:note_ver	1
33	5	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
34	5	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
35	5	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
36	5	artifacts:a572bc3d-99e8-468f-a317-6077df0a7c2a	"{\\"artifact_id\\": \\"a572bc3d-99e8-468f-a317-6077df0a7c2a\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
37	5	artifacts:71903c0e-47ff-48a4-a8c7-59194e058276	"{\\"artifact_id\\": \\"71903c0e-47ff-48a4-a8c7-59194e058276\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
38	5	artifacts:c4c77430-9ecc-4351-a7d5-a2e62d9d3bb4	"{\\"artifact_id\\": \\"c4c77430-9ecc-4351-a7d5-a2e62d9d3bb4\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
39	5	artifacts:c5f8f74e-6ace-48a1-87a4-c27856e857e0	"{\\"artifact_id\\": \\"c5f8f74e-6ace-48a1-87a4-c27856e857e0\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
40	6	dashboard:note_ver	1
41	6	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
42	6	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
57	1	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
43	6	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
44	6	artifacts:89684c52-bff7-4175-8111-8463a8de05ca	"{\\"artifact_id\\": \\"89684c52-bff7-4175-8111-8463a8de05ca\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
45	6	artifacts:59fe3dda-c340-4ea1-ada1-3dc64b603cf6	"{\\"artifact_id\\": \\"59fe3dda-c340-4ea1-ada1-3dc64b603cf6\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
46	6	artifacts:d27ae4be-0397-4af1-8d1b-a5424a51db0c	"{\\"artifact_id\\": \\"d27ae4be-0397-4af1-8d1b-a5424a51db0c\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
47	6	artifacts:7bf857e3-402a-42f7-b014-e47797348158	"{\\"artifact_id\\": \\"7bf857e3-402a-42f7-b014-e47797348158\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
48	7	dashboard:note_ver	1
49	7	dashboard:note_str:0	"# utkface-variants: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.000000 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\nVariants, each tested against the one shared baseline: simloss (loss simloss, similarity class order, parameter r); sord (loss soft_labels, similarity class order, parameter r); label-smoothing (loss soft_labels, similarity {'uniform': True}, parameter r).\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| simloss: 0.000000 (CCE) | 12.89 | 10.09 | 238.05 | 13.02 | 10.02 | 251.38 | 6 |\\n| simloss: 0.400000 | 12.47 | 9.64 | 214.70 | 12.98 | 9.71 | 232.67 | 6 |\\n| simloss: 0.800000 | 10.59 | 9.46 | 206.86 | 10.67 | 9.40\\u207a | 214.89\\u207a | 6 |\\n| sord: 0.400000 | 11.52 | 9.19 | 193.57 | 11.69\\u207b | 9.03\\u207a | 201.20\\u207a | 6 |\\n| sord: 0.800000 | 9.51 | **8.57** | **165.55** | 9.56\\u207b | 8.21\\u207a | 162.26\\u207a | 6 |\\n| label-smoothing: 0.001233 | **12.91** | 10.42 | 258.20 | 13.17 | 9.99 | 247.84 | 6 |\\n| label-smoothing: 0.002770 | 12.85 | 10.47 | 259.46 | 13.05 | 10.18 | 256.41 | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | label-smoothing: 0.001233 | 12.91 | 13.17 | 0.844 | 1 | 0.147 [-0.827, 1.153] | 6 | 6 |\\n| mae | sord: 0.800000 | 8.57 | 8.21\\u207a | 0.0312 | 0.188 | -1.807 [-2.075, -1.457] | 6 | 6 |\\n| mse | sord: 0.800000 | 165.55 | 162.26\\u207a | 0.0312 | 0.188 | -89.113 [-104.865, -65.855] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | "
50	7	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
51	7	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
52	7	artifacts:7d0efacb-a9e7-4b77-a178-7be29c636182	"{\\"artifact_id\\": \\"7d0efacb-a9e7-4b77-a178-7be29c636182\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
53	7	artifacts:d7020dd6-28b9-4163-921a-ff3f0ffb531f	"{\\"artifact_id\\": \\"d7020dd6-28b9-4163-921a-ff3f0ffb531f\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
54	7	artifacts:c9586a99-7f15-4c65-a83a-b05d6032c10d	"{\\"artifact_id\\": \\"c9586a99-7f15-4c65-a83a-b05d6032c10d\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
55	7	artifacts:e3a4c7d9-a8e4-4143-aeab-2537ee0e13c1	"{\\"artifact_id\\": \\"e3a4c7d9-a8e4-4143-aeab-2537ee0e13c1\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
56	1	dashboard:note_ver	1
58	1	dashboard:note_str:1	"--- |\\n| simloss: 0.400000 | accuracy | 6 | -0.040 [-0.993, 0.833] | 0.812 | 1 |  |  |\\n| simloss: 0.400000 | mae | 6 | -0.306 [-0.574, 0.004] | 0.156 | 0.469 |  |  |\\n| simloss: 0.400000 | mse | 6 | -18.704 [-33.926, -0.503] | 0.156 | 0.469 |  |  |\\n| simloss: 0.800000 | accuracy | 6 | -2.353 [-5.487, 0.553] | 0.438 | 1 |  |  |\\n| simloss: 0.800000 | mae | 6 | -0.614 [-0.843, -0.383] | 0.0312 | 0.188 | + |  |\\n| simloss: 0.800000 | mse | 6 | -36.489 [-47.710, -25.813] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | accuracy | 6 | -1.327 [-2.280, -0.593] | 0.0312 | 0.188 | - |  |\\n| sord: 0.400000 | mae | 6 | -0.984 [-1.224, -0.746] | 0.0312 | 0.188 | + |  |\\n| sord: 0.400000 | mse | 6 | -50.175 [-63.243, -37.982] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | accuracy | 6 | -3.460 [-4.833, -1.847] | 0.0312 | 0.188 | - |  |\\n| sord: 0.800000 | mae | 6 | -1.807 [-2.075, -1.457] | 0.0312 | 0.188 | + |  |\\n| sord: 0.800000 | mse | 6 | -89.113 [-104.865, -65.855] | 0.0312 | 0.188 | + |  |\\n| label-smoothing: 0.001233 | accuracy | 6 | 0.147 [-0.827, 1.153] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.001233 | mae | 6 | -0.023 [-0.189, 0.176] | 0.844 | 0.844 |  |  |\\n| label-smoothing: 0.001233 | mse | 6 | -3.536 [-16.634, 10.684] | 1 | 1 |  |  |\\n| label-smoothing: 0.002770 | accuracy | 6 | 0.027 [-0.753, 0.827] | 0.844 | 1 |  |  |\\n| label-smoothing: 0.002770 | mae | 6 | 0.164 [-0.032, 0.363] | 0.219 | 0.469 |  |  |\\n| label-smoothing: 0.002770 | mse | 6 | 5.036 [-13.812, 21.239] | 0.438 | 0.875 |  |  |\\n\\n## Each variant against the best SimLoss value (test; Holm across the variants per objective)\\n\\n| objective | variant | simloss | p | p (Holm) | variant \\u2212 simloss [95% CI] | pairs | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | sord: 0.400000 | 0.000000 | 0.0312 | 0.0625 | -1.327 [-2.280, -0.593] | 6 |  |\\n| accuracy | label-smoothing: 0.001233 | 0.000000 | 0.844 | 0.844 | 0.147 [-0.827, 1.153] | 6 |  |\\n| mae | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -1.194 [-1.500, -0.908] | 6 |  |\\n| mae | label-smoothing: 0."
59	1	dashboard:note_str:2	"001233 | 0.800000 | 0.0312 | 0.0625 | 0.591 [0.409, 0.756] | 6 |  |\\n| mse | sord: 0.800000 | 0.800000 | 0.0312 | 0.0625 | -52.624 [-73.396, -29.868] | 6 |  |\\n| mse | label-smoothing: 0.001233 | 0.800000 | 0.0312 | 0.0625 | 32.953 [23.234, 41.103] | 6 |  |\\n\\n## Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; no test of a value whose seeds gave identical results (not independent replicates), nor of any value when the baseline's did; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0); [[variants]]: every (variant, value) is tested against the one shared baseline (variant simloss's baseline runs: plain cross entropy), paired by seed; the Holm correction runs across every (variant, value) compared, per split and metric; each objective's value is the best validation mean across all variants; against_simloss: per objective, each variant's best value on validation against the best SimLoss value (variant simloss) on the test split, the same test, paired by seed, Holm-corrected across the variants compared for that objective.\\n"
60	1	artifacts:1bd167f9-6213-4ed5-8a1f-dcf4d7653db2	"{\\"artifact_id\\": \\"1bd167f9-6213-4ed5-8a1f-dcf4d7653db2\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
61	1	artifacts:a9c68063-5c7c-48c5-9b06-d56b895161fa	"{\\"artifact_id\\": \\"a9c68063-5c7c-48c5-9b06-d56b895161fa\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
62	1	artifacts:354744ea-7b2a-4a2f-8aaf-1c2e6b0f850f	"{\\"artifact_id\\": \\"354744ea-7b2a-4a2f-8aaf-1c2e6b0f850f\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
63	1	artifacts:b82d52fb-deb0-498b-a597-5f94a7ff2929	"{\\"artifact_id\\": \\"b82d52fb-deb0-498b-a597-5f94a7ff2929\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
\.


--
-- Data for Name: study_user_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.study_user_attributes (study_user_attribute_id, study_id, key, value_json) FROM stdin;
2	1	task	"utkface"
3	1	parameter	"r"
4	1	baseline	0.0
5	1	metric	"accuracy"
6	1	variants	[{"name": "sord", "loss": "soft_labels", "similarity": null, "uniform": false, "grid": [0.4, 0.8], "parameter": null}, {"name": "label-smoothing", "loss": "soft_labels", "similarity": null, "uniform": true, "grid": [0.001233046, 0.002770083], "parameter": null}]
7	1	variant_sources	{}
8	1	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
9	1	role	"runs"
10	2	task	"utkface"
11	2	parameter	"r"
12	2	baseline	0.0
13	2	metric	"accuracy"
14	2	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
15	2	role	"objective"
16	3	task	"utkface"
17	3	parameter	"r"
18	3	baseline	0.0
19	3	metric	"accuracy"
20	3	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
21	3	role	"summary"
22	4	task	"utkface"
23	4	parameter	"r"
24	4	baseline	0.0
25	4	metric	"mae"
26	4	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
27	4	role	"objective"
28	5	task	"utkface"
29	5	parameter	"r"
30	5	baseline	0.0
31	5	metric	"mae"
32	5	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
33	5	role	"summary"
34	6	task	"utkface"
35	6	parameter	"r"
36	6	baseline	0.0
37	6	metric	"mse"
38	6	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
39	6	role	"objective"
40	7	task	"utkface"
41	7	parameter	"r"
42	7	baseline	0.0
43	7	metric	"mse"
44	7	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"SimLoss, SORD and label smoothing against cross entropy on reduced UTKFace\\", \\"grid\\": [0.0, 0.4, 0.8], \\"name\\": \\"utkface-variants\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"racing\\": null, \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}, \\"variants\\": [{\\"grid\\": [0.4, 0.8], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"sord\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": false}, {\\"grid\\": [0.001233046, 0.002770083], \\"loss\\": \\"soft_labels\\", \\"name\\": \\"label-smoothing\\", \\"parameter\\": null, \\"similarity\\": null, \\"uniform\\": true}]}"
45	7	role	"summary"
1	1	init_pending	false
46	1	class_names	["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90"]
\.


--
-- Data for Name: trial_heartbeats; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_heartbeats (trial_heartbeat_id, trial_id, heartbeat) FROM stdin;
1	1	2026-12-05 10:24:36.90772
2	2	2026-12-05 10:24:37.015786
3	3	2026-12-05 10:26:17.684562
4	4	2026-12-05 10:26:20.684761
5	5	2026-12-05 10:27:32.94355
6	6	2026-12-05 10:27:37.268016
7	7	2026-12-05 10:29:03.507546
8	8	2026-12-05 10:29:05.040705
9	9	2026-12-05 10:30:47.923549
10	10	2026-12-05 10:30:50.528621
11	11	2026-12-05 10:32:11.975549
12	12	2026-12-05 10:32:14.25894
13	13	2026-12-05 10:33:41.303946
14	14	2026-12-05 10:33:46.338004
15	15	2026-12-05 10:35:23.080445
16	16	2026-12-05 10:35:27.544369
17	17	2026-12-05 10:36:50.884539
18	18	2026-12-05 10:36:59.311529
19	19	2026-12-05 10:38:21.820618
20	20	2026-12-05 10:38:28.055917
21	21	2026-12-05 10:39:52.691564
22	22	2026-12-05 10:40:02.168672
23	23	2026-12-05 10:41:22.644447
24	24	2026-12-05 10:41:28.85656
25	25	2026-12-05 10:42:40.056702
26	26	2026-12-05 10:42:45.78929
27	27	2026-12-05 10:44:02.707576
28	28	2026-12-05 10:44:12.46002
29	29	2026-12-05 10:45:28.224679
30	30	2026-12-05 10:45:36.896805
31	31	2026-12-05 10:46:51.953391
32	32	2026-12-05 10:47:04.483543
33	33	2026-12-05 10:48:23.724561
34	34	2026-12-05 10:48:34.632729
35	35	2026-12-05 10:49:32.780688
36	36	2026-12-05 10:49:41.451533
37	37	2026-12-05 10:50:45.863833
38	38	2026-12-05 10:50:55.2526
39	39	2026-12-05 10:51:55.715565
40	40	2026-12-05 10:52:08.783539
41	41	2026-12-05 10:53:05.607924
42	42	2026-12-05 10:53:18.224638
\.


--
-- Data for Name: trial_intermediate_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_intermediate_values (trial_intermediate_value_id, trial_id, step, intermediate_value, intermediate_value_type) FROM stdin;
1	1	1	0.1124	FINITE
2	2	1	0.1184	FINITE
3	2	2	0.1264	FINITE
4	1	2	0.1284	FINITE
5	2	3	0.136	FINITE
6	1	3	0.1384	FINITE
7	2	4	0.1336	FINITE
8	1	4	0.1324	FINITE
9	2	5	0.1408	FINITE
10	1	5	0.1432	FINITE
11	2	6	0.1452	FINITE
12	1	6	0.138	FINITE
13	2	7	0.1472	FINITE
14	1	7	0.1372	FINITE
15	2	8	0.1452	FINITE
16	43	1	0.1184	FINITE
17	43	2	0.1264	FINITE
18	43	3	0.136	FINITE
19	43	4	0.1336	FINITE
20	43	5	0.1408	FINITE
21	43	6	0.1452	FINITE
22	43	7	0.1472	FINITE
23	43	8	0.1452	FINITE
24	44	1	17.34	FINITE
25	44	2	16.9856	FINITE
26	44	3	14.8352	FINITE
27	44	4	13.4556	FINITE
28	44	5	13.1792	FINITE
29	44	6	11.5516	FINITE
30	44	7	11.6932	FINITE
31	44	8	10.5064	FINITE
32	45	1	622.1256	FINITE
33	45	2	628.2456	FINITE
34	45	3	508.74	FINITE
35	45	4	409.3988	FINITE
36	45	5	412.9008	FINITE
37	45	6	301.7332	FINITE
38	45	7	324.7236	FINITE
39	45	8	255.4208	FINITE
40	1	8	0.1308	FINITE
41	46	1	0.1124	FINITE
42	46	2	0.1284	FINITE
43	46	3	0.1384	FINITE
44	46	4	0.1324	FINITE
45	46	5	0.1432	FINITE
46	46	6	0.138	FINITE
47	46	7	0.1372	FINITE
48	46	8	0.1308	FINITE
49	47	1	15.5528	FINITE
50	47	2	15.4216	FINITE
51	47	3	13.3112	FINITE
52	47	4	13.092	FINITE
53	47	5	12.0108	FINITE
54	47	6	11.6644	FINITE
55	47	7	10.6332	FINITE
56	47	8	10.4256	FINITE
57	48	1	498.3112	FINITE
58	48	2	518.2776	FINITE
59	48	3	399.7824	FINITE
60	48	4	395.9768	FINITE
61	48	5	336.8636	FINITE
62	48	6	306.058	FINITE
63	48	7	261.882	FINITE
64	48	8	253.0376	FINITE
65	3	1	0.118	FINITE
66	4	1	0.0952	FINITE
67	3	2	0.1356	FINITE
68	4	2	0.1328	FINITE
69	3	3	0.138	FINITE
70	4	3	0.1372	FINITE
71	3	4	0.1272	FINITE
72	4	4	0.1364	FINITE
73	3	5	0.1212	FINITE
74	4	5	0.1412	FINITE
75	3	6	0.1436	FINITE
76	4	6	0.1476	FINITE
77	3	7	0.1396	FINITE
78	4	7	0.134	FINITE
79	3	8	0.0996	FINITE
80	49	1	0.118	FINITE
81	49	2	0.1356	FINITE
82	49	3	0.138	FINITE
83	49	4	0.1272	FINITE
84	49	5	0.1212	FINITE
85	49	6	0.1436	FINITE
86	49	7	0.1396	FINITE
87	49	8	0.0996	FINITE
88	50	1	15.344	FINITE
89	50	2	15.1656	FINITE
90	50	3	13.8728	FINITE
91	50	4	12.8436	FINITE
92	50	5	10.7828	FINITE
93	50	6	10.4144	FINITE
94	50	7	10.1648	FINITE
95	50	8	11.836	FINITE
96	51	1	486.4056	FINITE
97	51	2	519.948	FINITE
98	51	3	443.3616	FINITE
99	51	4	364.0036	FINITE
100	51	5	267.434	FINITE
101	51	6	251.2728	FINITE
102	51	7	241.7568	FINITE
103	51	8	335.8184	FINITE
104	4	8	0.1272	FINITE
105	52	1	0.0952	FINITE
106	52	2	0.1328	FINITE
107	52	3	0.1372	FINITE
108	52	4	0.1364	FINITE
109	52	5	0.1412	FINITE
110	52	6	0.1476	FINITE
111	52	7	0.134	FINITE
112	52	8	0.1272	FINITE
113	53	1	20.0264	FINITE
114	53	2	15.4532	FINITE
115	53	3	14.2844	FINITE
116	53	4	13.7992	FINITE
117	53	5	11.9644	FINITE
118	53	6	10.8968	FINITE
119	53	7	11.252	FINITE
120	53	8	10.058	FINITE
121	54	1	776.6928	FINITE
122	54	2	533.8852	FINITE
123	54	3	466.49	FINITE
124	54	4	445.8728	FINITE
125	54	5	334.6324	FINITE
126	54	6	285.3848	FINITE
127	54	7	311.4864	FINITE
128	54	8	237.8796	FINITE
129	5	1	0.1144	FINITE
130	6	1	0.1236	FINITE
131	5	2	0.1276	FINITE
132	6	2	0.1288	FINITE
133	5	3	0.14	FINITE
134	6	3	0.1124	FINITE
135	5	4	0.1436	FINITE
136	6	4	0.1344	FINITE
137	5	5	0.1364	FINITE
139	5	6	0.1316	FINITE
141	5	7	0.114	FINITE
143	5	8	0.106	FINITE
145	55	1	0.1144	FINITE
146	55	2	0.1276	FINITE
147	55	3	0.14	FINITE
148	55	4	0.1436	FINITE
149	55	5	0.1364	FINITE
150	55	6	0.1316	FINITE
151	55	7	0.114	FINITE
152	55	8	0.106	FINITE
153	56	1	18.6648	FINITE
154	56	2	16.408	FINITE
155	56	3	14.1864	FINITE
156	56	4	11.8224	FINITE
157	56	5	11.6056	FINITE
158	56	6	11.3196	FINITE
159	56	7	9.764	FINITE
160	56	8	9.6848	FINITE
161	57	1	697.0056	FINITE
162	57	2	587.4496	FINITE
163	57	3	450.6832	FINITE
164	57	4	316.52	FINITE
165	57	5	332.4136	FINITE
166	57	6	295.6668	FINITE
167	57	7	224.0664	FINITE
168	57	8	216.8104	FINITE
1225	40	4	0.1396	FINITE
1227	40	5	0.1452	FINITE
1229	40	6	0.1468	FINITE
1255	40	7	0.134	FINITE
1257	40	8	0.1252	FINITE
1258	178	1	0.1136	FINITE
1259	178	2	0.1368	FINITE
1260	178	3	0.1368	FINITE
1261	178	4	0.1396	FINITE
1262	178	5	0.1452	FINITE
1263	178	6	0.1468	FINITE
1264	178	7	0.134	FINITE
1265	178	8	0.1252	FINITE
1266	179	1	19.4628	FINITE
1267	179	2	14.2328	FINITE
1268	179	3	13.906	FINITE
1269	179	4	13.5728	FINITE
1270	179	5	11.9816	FINITE
1271	179	6	10.9608	FINITE
1272	179	7	11.3356	FINITE
1273	179	8	10.248	FINITE
1274	180	1	752.7204	FINITE
1275	180	2	450.3368	FINITE
1276	180	3	433.334	FINITE
1277	180	4	433.9152	FINITE
1278	180	5	341.3048	FINITE
1279	180	6	283.1296	FINITE
1280	180	7	306.7684	FINITE
1281	180	8	246.5016	FINITE
138	6	5	0.1472	FINITE
140	6	6	0.1248	FINITE
142	6	7	0.1252	FINITE
144	6	8	0.1144	FINITE
169	58	1	0.1236	FINITE
170	58	2	0.1288	FINITE
171	58	3	0.1124	FINITE
172	58	4	0.1344	FINITE
173	58	5	0.1472	FINITE
174	58	6	0.1248	FINITE
175	58	7	0.1252	FINITE
176	58	8	0.1144	FINITE
177	60	1	16.2344	FINITE
178	60	2	14.3116	FINITE
179	60	3	13.3868	FINITE
180	60	4	11.1076	FINITE
181	60	5	10.6276	FINITE
182	60	6	9.6988	FINITE
183	60	7	10.0152	FINITE
184	60	8	10.2028	FINITE
185	62	1	560.0056	FINITE
186	62	2	458.5444	FINITE
187	62	3	397.9244	FINITE
188	62	4	283.7276	FINITE
189	62	5	260.7892	FINITE
190	62	6	223.4148	FINITE
191	62	7	232.3136	FINITE
192	62	8	252.4692	FINITE
193	7	1	0.0988	FINITE
194	8	1	0.08	FINITE
195	7	2	0.1056	FINITE
196	8	2	0.1224	FINITE
197	7	3	0.1432	FINITE
198	8	3	0.1304	FINITE
199	7	4	0.1368	FINITE
200	8	4	0.1352	FINITE
201	7	5	0.1364	FINITE
202	8	5	0.136	FINITE
203	7	6	0.1384	FINITE
204	8	6	0.1272	FINITE
205	7	7	0.1388	FINITE
206	8	7	0.1408	FINITE
207	7	8	0.1072	FINITE
208	8	8	0.1352	FINITE
209	64	1	0.0988	FINITE
210	64	2	0.1056	FINITE
211	64	3	0.1432	FINITE
212	64	4	0.1368	FINITE
213	64	5	0.1364	FINITE
214	64	6	0.1384	FINITE
215	64	7	0.1388	FINITE
216	64	8	0.1072	FINITE
217	65	1	15.5392	FINITE
218	65	2	15.2628	FINITE
219	65	3	12.44	FINITE
220	65	4	11.742	FINITE
221	65	5	11.5512	FINITE
222	65	6	10.5432	FINITE
223	65	7	9.9808	FINITE
224	65	8	9.594	FINITE
225	66	1	514.7376	FINITE
226	66	2	528.8588	FINITE
227	66	3	358.2768	FINITE
228	66	4	332.5436	FINITE
229	66	5	313.8104	FINITE
230	66	6	256.8976	FINITE
231	66	7	230.4472	FINITE
232	66	8	213.3028	FINITE
233	67	1	0.08	FINITE
234	67	2	0.1224	FINITE
235	67	3	0.1304	FINITE
236	67	4	0.1352	FINITE
237	67	5	0.136	FINITE
238	67	6	0.1272	FINITE
239	67	7	0.1408	FINITE
240	67	8	0.1352	FINITE
241	68	1	17.3784	FINITE
242	68	2	17.608	FINITE
243	68	3	13.5012	FINITE
244	68	4	11.6772	FINITE
245	68	5	11.924	FINITE
246	68	6	10.5784	FINITE
247	68	7	10.6496	FINITE
248	68	8	11.1336	FINITE
249	69	1	616.6632	FINITE
250	69	2	660.8648	FINITE
251	69	3	402.3764	FINITE
252	69	4	315.3212	FINITE
253	69	5	328.3488	FINITE
254	69	6	251.892	FINITE
255	69	7	260.1424	FINITE
256	69	8	302.4208	FINITE
257	9	1	0.0992	FINITE
258	10	1	0.0932	FINITE
259	9	2	0.1328	FINITE
260	10	2	0.138	FINITE
261	9	3	0.1444	FINITE
262	10	3	0.1376	FINITE
263	9	4	0.136	FINITE
264	10	4	0.1296	FINITE
265	9	5	0.1344	FINITE
266	10	5	0.1348	FINITE
267	9	6	0.1368	FINITE
268	10	6	0.1436	FINITE
269	9	7	0.142	FINITE
270	10	7	0.1396	FINITE
271	9	8	0.1032	FINITE
272	70	1	0.0992	FINITE
273	70	2	0.1328	FINITE
274	70	3	0.1444	FINITE
275	70	4	0.136	FINITE
276	70	5	0.1344	FINITE
277	70	6	0.1368	FINITE
278	70	7	0.142	FINITE
279	70	8	0.1032	FINITE
280	71	1	15.6216	FINITE
281	71	2	13.26	FINITE
282	71	3	11.3904	FINITE
283	71	4	10.864	FINITE
284	71	5	9.6812	FINITE
285	71	6	9.458	FINITE
286	71	7	9.8032	FINITE
287	71	8	11.0896	FINITE
288	72	1	529.0704	FINITE
289	72	2	402.7136	FINITE
290	72	3	303.9624	FINITE
291	72	4	248.3336	FINITE
292	72	5	215.9292	FINITE
293	72	6	207.574	FINITE
294	72	7	226.5912	FINITE
295	72	8	296.8568	FINITE
296	10	8	0.14	FINITE
297	73	1	0.0932	FINITE
298	73	2	0.138	FINITE
299	73	3	0.1376	FINITE
300	73	4	0.1296	FINITE
301	73	5	0.1348	FINITE
302	73	6	0.1436	FINITE
303	73	7	0.1396	FINITE
304	73	8	0.14	FINITE
305	74	1	15.7744	FINITE
306	74	2	13.7108	FINITE
307	74	3	11.8172	FINITE
308	74	4	11.1908	FINITE
309	74	5	10.8012	FINITE
310	74	6	9.828	FINITE
311	74	7	10.356	FINITE
312	74	8	9.192	FINITE
313	75	1	524.5632	FINITE
314	75	2	408.9652	FINITE
315	75	3	313.5356	FINITE
316	75	4	295.4868	FINITE
317	75	5	273.9372	FINITE
318	75	6	225.3616	FINITE
319	75	7	251.428	FINITE
320	75	8	202.3288	FINITE
321	11	1	0.0944	FINITE
322	12	1	0.1248	FINITE
323	11	2	0.1316	FINITE
324	12	2	0.1064	FINITE
325	11	3	0.1424	FINITE
326	12	3	0.1252	FINITE
327	11	4	0.1424	FINITE
328	12	4	0.1296	FINITE
329	11	5	0.1508	FINITE
330	12	5	0.136	FINITE
331	11	6	0.142	FINITE
332	12	6	0.1332	FINITE
333	11	7	0.1044	FINITE
334	12	7	0.1296	FINITE
335	11	8	0.1076	FINITE
336	76	1	0.0944	FINITE
337	76	2	0.1316	FINITE
338	76	3	0.1424	FINITE
339	76	4	0.1424	FINITE
340	76	5	0.1508	FINITE
341	76	6	0.142	FINITE
342	76	7	0.1044	FINITE
343	76	8	0.1076	FINITE
344	77	1	17.3804	FINITE
345	77	2	12.9936	FINITE
346	77	3	11.4836	FINITE
347	77	4	11.2908	FINITE
348	77	5	10.36	FINITE
349	77	6	10.8744	FINITE
350	77	7	9.7872	FINITE
351	77	8	9.6488	FINITE
352	78	1	636.7172	FINITE
353	78	2	389.0024	FINITE
354	78	3	296.7708	FINITE
355	78	4	290.6388	FINITE
356	78	5	261.612	FINITE
357	78	6	295.4808	FINITE
358	78	7	222.5464	FINITE
359	78	8	217.0472	FINITE
360	12	8	0.138	FINITE
361	79	1	0.1248	FINITE
362	79	2	0.1064	FINITE
363	79	3	0.1252	FINITE
364	79	4	0.1296	FINITE
365	79	5	0.136	FINITE
366	79	6	0.1332	FINITE
367	79	7	0.1296	FINITE
368	79	8	0.138	FINITE
369	81	1	15.8664	FINITE
370	81	2	13.3148	FINITE
371	81	3	11.612	FINITE
372	81	4	11.7252	FINITE
373	81	5	9.8176	FINITE
374	81	6	10.0988	FINITE
375	81	7	9.3756	FINITE
376	81	8	9.4824	FINITE
377	83	1	559.4656	FINITE
378	83	2	402.226	FINITE
379	83	3	310.7256	FINITE
380	83	4	325.8724	FINITE
381	83	5	223.7648	FINITE
382	83	6	241.8652	FINITE
383	83	7	196.0748	FINITE
384	83	8	215.36	FINITE
385	13	1	0.1216	FINITE
386	14	1	0.0288	FINITE
387	13	2	0.1412	FINITE
388	14	2	0.0328	FINITE
389	13	3	0.1392	FINITE
390	14	3	0.0528	FINITE
391	13	4	0.138	FINITE
392	14	4	0.0504	FINITE
393	13	5	0.1444	FINITE
394	14	5	0.0996	FINITE
395	13	6	0.1444	FINITE
396	14	6	0.1048	FINITE
397	13	7	0.1484	FINITE
398	14	7	0.0688	FINITE
399	13	8	0.15	FINITE
400	85	1	0.1216	FINITE
401	85	2	0.1412	FINITE
402	85	3	0.1392	FINITE
403	85	4	0.138	FINITE
404	85	5	0.1444	FINITE
405	85	6	0.1444	FINITE
406	85	7	0.1484	FINITE
407	85	8	0.15	FINITE
408	86	1	16.9148	FINITE
409	86	2	14.5412	FINITE
410	86	3	12.9208	FINITE
411	86	4	12.3528	FINITE
412	86	5	10.7696	FINITE
413	86	6	11.5684	FINITE
414	86	7	9.8104	FINITE
415	86	8	9.578	FINITE
416	87	1	605.5788	FINITE
417	87	2	492.1972	FINITE
418	87	3	368.8576	FINITE
419	87	4	372.2672	FINITE
420	87	5	279.3632	FINITE
421	87	6	328.2924	FINITE
422	87	7	237.7432	FINITE
423	87	8	221.5916	FINITE
424	14	8	0.0944	FINITE
425	88	1	0.0288	FINITE
426	88	2	0.0328	FINITE
427	88	3	0.0528	FINITE
428	88	4	0.0504	FINITE
429	88	5	0.0996	FINITE
430	88	6	0.1048	FINITE
431	88	7	0.0688	FINITE
432	88	8	0.0944	FINITE
433	89	1	15.2592	FINITE
434	89	2	14.0512	FINITE
435	89	3	12.9496	FINITE
436	89	4	11.7444	FINITE
437	89	5	10.9192	FINITE
438	89	6	10.838	FINITE
439	89	7	10.0336	FINITE
440	89	8	10.916	FINITE
441	90	1	432.5872	FINITE
442	90	2	422.1952	FINITE
443	90	3	383.8704	FINITE
444	90	4	317.79	FINITE
445	90	5	277.9504	FINITE
446	90	6	273.0836	FINITE
447	90	7	234.104	FINITE
448	90	8	293.9504	FINITE
449	15	1	0.0936	FINITE
450	16	1	0.0384	FINITE
451	15	2	0.0512	FINITE
452	16	2	0.0448	FINITE
453	15	3	0.056	FINITE
454	16	3	0.0496	FINITE
455	15	4	0.0604	FINITE
456	16	4	0.1048	FINITE
457	15	5	0.0552	FINITE
458	16	5	0.1036	FINITE
459	15	6	0.0576	FINITE
460	16	6	0.1072	FINITE
461	15	7	0.0608	FINITE
462	16	7	0.1168	FINITE
463	15	8	0.0604	FINITE
464	91	1	0.0936	FINITE
465	91	2	0.0512	FINITE
466	91	3	0.056	FINITE
467	91	4	0.0604	FINITE
468	91	5	0.0552	FINITE
469	91	6	0.0576	FINITE
470	91	7	0.0608	FINITE
471	91	8	0.0604	FINITE
472	92	1	14.8344	FINITE
473	92	2	12.7524	FINITE
474	92	3	11.8424	FINITE
475	92	4	10.5196	FINITE
476	92	5	9.8544	FINITE
477	92	6	10.0336	FINITE
478	92	7	9.1352	FINITE
479	92	8	9.8296	FINITE
480	93	1	476.8112	FINITE
481	93	2	361.1132	FINITE
482	93	3	342.2312	FINITE
483	93	4	237.5812	FINITE
484	93	5	216.644	FINITE
485	93	6	227.132	FINITE
486	93	7	189.356	FINITE
487	93	8	233.0744	FINITE
488	16	8	0.116	FINITE
489	94	1	0.0384	FINITE
490	94	2	0.0448	FINITE
491	94	3	0.0496	FINITE
492	94	4	0.1048	FINITE
493	94	5	0.1036	FINITE
494	94	6	0.1072	FINITE
495	94	7	0.1168	FINITE
496	94	8	0.116	FINITE
497	95	1	15.1208	FINITE
498	95	2	13.01	FINITE
499	95	3	10.6548	FINITE
500	95	4	11.2488	FINITE
501	95	5	10.9268	FINITE
502	95	6	9.5016	FINITE
503	95	7	10.5656	FINITE
504	95	8	9.1644	FINITE
505	96	1	496.1336	FINITE
506	96	2	379.614	FINITE
507	96	3	263.6524	FINITE
508	96	4	303.4464	FINITE
509	96	5	300.8236	FINITE
510	96	6	220.9888	FINITE
511	96	7	270.8048	FINITE
512	96	8	200.3796	FINITE
513	17	1	0.0912	FINITE
514	18	1	0.128	FINITE
515	17	2	0.1052	FINITE
516	18	2	0.1328	FINITE
517	17	3	0.1128	FINITE
518	18	3	0.1436	FINITE
519	17	4	0.0628	FINITE
520	18	4	0.1424	FINITE
521	17	5	0.114	FINITE
522	18	5	0.1404	FINITE
523	17	6	0.1088	FINITE
524	18	6	0.1404	FINITE
525	17	7	0.1	FINITE
526	18	7	0.1384	FINITE
527	17	8	0.1012	FINITE
528	97	1	0.0912	FINITE
529	97	2	0.1052	FINITE
530	97	3	0.1128	FINITE
531	97	4	0.0628	FINITE
532	97	5	0.114	FINITE
533	97	6	0.1088	FINITE
534	97	7	0.1	FINITE
535	97	8	0.1012	FINITE
536	98	1	17.3936	FINITE
537	98	2	15.0792	FINITE
538	98	3	11.4684	FINITE
539	98	4	12.2688	FINITE
540	98	5	11.9136	FINITE
541	98	6	10.8808	FINITE
542	98	7	10.4052	FINITE
543	98	8	9.4224	FINITE
544	99	1	636.7824	FINITE
545	99	2	510.0936	FINITE
546	99	3	296.1468	FINITE
547	99	4	303.024	FINITE
548	99	5	327.36	FINITE
549	99	6	286.8792	FINITE
550	99	7	248.8516	FINITE
551	99	8	192.6968	FINITE
552	18	8	0.1468	FINITE
553	100	1	0.128	FINITE
554	100	2	0.1328	FINITE
555	100	3	0.1436	FINITE
556	100	4	0.1424	FINITE
557	100	5	0.1404	FINITE
558	100	6	0.1404	FINITE
559	100	7	0.1384	FINITE
560	100	8	0.1468	FINITE
561	102	1	15.2328	FINITE
562	102	2	12.8968	FINITE
563	102	3	11.6724	FINITE
564	102	4	11.9796	FINITE
565	102	5	9.902	FINITE
566	102	6	10.4316	FINITE
567	102	7	9.446	FINITE
568	102	8	9.4868	FINITE
569	104	1	507.6008	FINITE
570	104	2	349.1424	FINITE
571	104	3	314.4548	FINITE
572	104	4	331.1076	FINITE
573	104	5	230.8404	FINITE
574	104	6	267.31	FINITE
575	104	7	203.058	FINITE
576	104	8	214.534	FINITE
577	19	1	0.118	FINITE
578	20	1	0.1012	FINITE
579	19	2	0.0916	FINITE
580	20	2	0.1236	FINITE
581	19	3	0.1308	FINITE
582	20	3	0.0864	FINITE
583	19	4	0.1332	FINITE
584	20	4	0.1196	FINITE
585	19	5	0.142	FINITE
586	20	5	0.1268	FINITE
587	19	6	0.1324	FINITE
588	20	6	0.13	FINITE
589	19	7	0.1308	FINITE
590	20	7	0.1344	FINITE
591	19	8	0.114	FINITE
592	106	1	0.118	FINITE
593	106	2	0.0916	FINITE
594	106	3	0.1308	FINITE
595	106	4	0.1332	FINITE
596	106	5	0.142	FINITE
597	106	6	0.1324	FINITE
598	106	7	0.1308	FINITE
599	106	8	0.114	FINITE
600	107	1	16.2072	FINITE
601	107	2	15.5748	FINITE
602	107	3	12.4308	FINITE
603	107	4	11.8344	FINITE
604	107	5	10.6056	FINITE
605	107	6	10.3756	FINITE
606	107	7	9.7908	FINITE
607	107	8	9.3636	FINITE
608	108	1	562.856	FINITE
609	108	2	549.8676	FINITE
610	108	3	354.7508	FINITE
611	108	4	340.5512	FINITE
612	108	5	269.6672	FINITE
613	108	6	246.0812	FINITE
614	108	7	224.5484	FINITE
615	108	8	209.7036	FINITE
616	20	8	0.142	FINITE
617	109	1	0.1012	FINITE
618	109	2	0.1236	FINITE
619	109	3	0.0864	FINITE
620	109	4	0.1196	FINITE
621	109	5	0.1268	FINITE
622	109	6	0.13	FINITE
623	109	7	0.1344	FINITE
624	109	8	0.142	FINITE
625	110	1	17.4304	FINITE
626	110	2	16.2504	FINITE
627	110	3	13.3752	FINITE
628	110	4	11.0364	FINITE
629	110	5	11.0092	FINITE
630	110	6	9.45	FINITE
631	110	7	10.1804	FINITE
632	110	8	9.3536	FINITE
633	111	1	626.4816	FINITE
634	111	2	591.9264	FINITE
635	111	3	400.3232	FINITE
636	111	4	286.7588	FINITE
637	111	5	289.9804	FINITE
638	111	6	203.0404	FINITE
639	111	7	236.5684	FINITE
640	111	8	211.62	FINITE
641	21	1	0.1236	FINITE
642	22	1	0.116	FINITE
643	21	2	0.1272	FINITE
644	22	2	0.1168	FINITE
645	21	3	0.1312	FINITE
646	22	3	0.1392	FINITE
647	21	4	0.1028	FINITE
648	22	4	0.1408	FINITE
649	21	5	0.1096	FINITE
650	22	5	0.1392	FINITE
651	21	6	0.1128	FINITE
652	22	6	0.1376	FINITE
653	21	7	0.134	FINITE
654	22	7	0.1276	FINITE
655	21	8	0.0996	FINITE
656	112	1	0.1236	FINITE
657	112	2	0.1272	FINITE
658	112	3	0.1312	FINITE
659	112	4	0.1028	FINITE
660	112	5	0.1096	FINITE
661	112	6	0.1128	FINITE
662	112	7	0.134	FINITE
663	112	8	0.0996	FINITE
664	113	1	15.61	FINITE
665	113	2	13.646	FINITE
666	113	3	12.2368	FINITE
667	113	4	9.3908	FINITE
668	113	5	9.0752	FINITE
669	113	6	9.188	FINITE
670	113	7	9.432	FINITE
671	113	8	9.68	FINITE
672	114	1	542.1804	FINITE
673	114	2	432.1652	FINITE
674	114	3	377.6296	FINITE
675	114	4	193.842	FINITE
676	114	5	178.976	FINITE
677	114	6	188.1952	FINITE
678	114	7	201.328	FINITE
679	114	8	228.9968	FINITE
680	22	8	0.1324	FINITE
681	115	1	0.116	FINITE
682	115	2	0.1168	FINITE
683	115	3	0.1392	FINITE
684	115	4	0.1408	FINITE
685	115	5	0.1392	FINITE
686	115	6	0.1376	FINITE
687	115	7	0.1276	FINITE
688	115	8	0.1324	FINITE
689	116	1	17.5244	FINITE
690	116	2	14.018	FINITE
691	116	3	12.0652	FINITE
692	116	4	10.9032	FINITE
693	116	5	10.1976	FINITE
694	116	6	9.4872	FINITE
695	116	7	10.0736	FINITE
696	116	8	9.0408	FINITE
697	117	1	645.8156	FINITE
698	117	2	433.6228	FINITE
699	117	3	328.4388	FINITE
700	117	4	295.1256	FINITE
701	117	5	248.7312	FINITE
702	117	6	201.096	FINITE
703	117	7	247.2912	FINITE
704	117	8	183.196	FINITE
705	23	1	0.1268	FINITE
706	24	1	0.1116	FINITE
707	23	2	0.1212	FINITE
708	24	2	0.1264	FINITE
709	23	3	0.1328	FINITE
711	23	4	0.1404	FINITE
713	23	5	0.1256	FINITE
715	23	6	0.116	FINITE
717	23	7	0.1052	FINITE
719	23	8	0.0872	FINITE
720	118	1	0.1268	FINITE
721	118	2	0.1212	FINITE
722	118	3	0.1328	FINITE
723	118	4	0.1404	FINITE
724	118	5	0.1256	FINITE
725	118	6	0.116	FINITE
726	118	7	0.1052	FINITE
727	118	8	0.0872	FINITE
728	119	1	15.946	FINITE
729	119	2	13.5468	FINITE
730	119	3	11.6764	FINITE
731	119	4	10.5048	FINITE
732	119	5	10.03	FINITE
733	119	6	9.9736	FINITE
734	119	7	10	FINITE
735	119	8	9.286	FINITE
736	120	1	552.1956	FINITE
737	120	2	418.0812	FINITE
738	120	3	316.4844	FINITE
739	120	4	255.2336	FINITE
740	120	5	245.3468	FINITE
741	120	6	233.004	FINITE
742	120	7	245.5288	FINITE
743	120	8	192.722	FINITE
1226	39	6	0.142	FINITE
1228	39	7	0.1384	FINITE
1230	39	8	0.1108	FINITE
1231	175	1	0.1224	FINITE
1232	175	2	0.1364	FINITE
1233	175	3	0.138	FINITE
1234	175	4	0.1408	FINITE
1235	175	5	0.142	FINITE
1236	175	6	0.142	FINITE
1237	175	7	0.1384	FINITE
1238	175	8	0.1108	FINITE
1239	176	1	15.7792	FINITE
1240	176	2	14.3704	FINITE
1241	176	3	14.318	FINITE
1242	176	4	13.056	FINITE
1243	176	5	10.8776	FINITE
1244	176	6	10.6596	FINITE
1245	176	7	10.0984	FINITE
1246	176	8	11.6988	FINITE
1247	177	1	525.6056	FINITE
1248	177	2	464.2416	FINITE
1249	177	3	469.298	FINITE
1250	177	4	392.3776	FINITE
1251	177	5	279.6488	FINITE
1252	177	6	266.7972	FINITE
1253	177	7	236.416	FINITE
1254	177	8	324.7804	FINITE
710	24	3	0.1072	FINITE
712	24	4	0.1368	FINITE
714	24	5	0.134	FINITE
716	24	6	0.1032	FINITE
718	24	7	0.106	FINITE
744	24	8	0.1168	FINITE
745	121	1	0.1116	FINITE
746	121	2	0.1264	FINITE
747	121	3	0.1072	FINITE
748	121	4	0.1368	FINITE
749	121	5	0.134	FINITE
750	121	6	0.1032	FINITE
751	121	7	0.106	FINITE
752	121	8	0.1168	FINITE
753	123	1	18.3984	FINITE
754	123	2	13.8168	FINITE
755	123	3	11.1052	FINITE
756	123	4	10.8624	FINITE
757	123	5	9.954	FINITE
758	123	6	9.7436	FINITE
759	123	7	9.0212	FINITE
760	123	8	9.1256	FINITE
761	125	1	715.1168	FINITE
762	125	2	443.8968	FINITE
763	125	3	286.2636	FINITE
764	125	4	282.8024	FINITE
765	125	5	236.5884	FINITE
766	125	6	234.0116	FINITE
767	125	7	185.2188	FINITE
768	125	8	202.5848	FINITE
769	25	1	0.0656	FINITE
770	26	1	0.0668	FINITE
771	25	2	0.0736	FINITE
772	26	2	0.0732	FINITE
773	25	3	0.0844	FINITE
774	26	3	0.0456	FINITE
775	25	4	0.0936	FINITE
776	26	4	0.1028	FINITE
777	25	5	0.1084	FINITE
778	26	5	0.1212	FINITE
779	25	6	0.0808	FINITE
780	26	6	0.0876	FINITE
781	25	7	0.1024	FINITE
782	26	7	0.0872	FINITE
783	25	8	0.104	FINITE
784	127	1	0.0656	FINITE
785	127	2	0.0736	FINITE
786	127	3	0.0844	FINITE
787	127	4	0.0936	FINITE
788	127	5	0.1084	FINITE
789	127	6	0.0808	FINITE
790	127	7	0.1024	FINITE
791	127	8	0.104	FINITE
792	128	1	14.6468	FINITE
793	128	2	12.2968	FINITE
794	128	3	11.1724	FINITE
795	128	4	9.65	FINITE
796	128	5	8.708	FINITE
797	128	6	9.896	FINITE
798	128	7	9.11	FINITE
799	128	8	8.5396	FINITE
800	129	1	476.9988	FINITE
801	129	2	354.7792	FINITE
802	129	3	291.182	FINITE
803	129	4	216.7772	FINITE
804	129	5	175.5592	FINITE
805	129	6	226.1624	FINITE
806	129	7	181.9188	FINITE
807	129	8	172.4756	FINITE
808	26	8	0.0868	FINITE
809	130	1	0.0668	FINITE
810	130	2	0.0732	FINITE
811	130	3	0.0456	FINITE
812	130	4	0.1028	FINITE
813	130	5	0.1212	FINITE
814	130	6	0.0876	FINITE
815	130	7	0.0872	FINITE
816	130	8	0.0868	FINITE
817	131	1	17.4524	FINITE
818	131	2	12.4148	FINITE
819	131	3	12.0088	FINITE
820	131	4	9.4164	FINITE
821	131	5	9.7568	FINITE
822	131	6	8.648	FINITE
823	131	7	9.178	FINITE
824	131	8	8.8308	FINITE
825	132	1	628.9884	FINITE
826	132	2	352.582	FINITE
827	132	3	334.484	FINITE
828	132	4	201.7572	FINITE
829	132	5	220.5784	FINITE
830	132	6	167.3968	FINITE
831	132	7	196.8828	FINITE
832	132	8	186.8052	FINITE
833	27	1	0.0976	FINITE
834	28	1	0.0688	FINITE
835	27	2	0.1048	FINITE
836	28	2	0.0672	FINITE
837	27	3	0.0804	FINITE
838	28	3	0.0824	FINITE
839	27	4	0.0692	FINITE
840	28	4	0.086	FINITE
841	27	5	0.0992	FINITE
842	28	5	0.0856	FINITE
843	27	6	0.0948	FINITE
844	28	6	0.0992	FINITE
845	27	7	0.0852	FINITE
846	28	7	0.06	FINITE
847	27	8	0.0708	FINITE
848	133	1	0.0976	FINITE
849	133	2	0.1048	FINITE
850	133	3	0.0804	FINITE
851	133	4	0.0692	FINITE
852	133	5	0.0992	FINITE
853	133	6	0.0948	FINITE
854	133	7	0.0852	FINITE
855	133	8	0.0708	FINITE
856	134	1	14.0928	FINITE
857	134	2	12.8668	FINITE
858	134	3	9.8516	FINITE
859	134	4	9.8224	FINITE
860	134	5	8.6524	FINITE
861	134	6	8.456	FINITE
862	134	7	8.8924	FINITE
863	134	8	10.8248	FINITE
864	135	1	428.8304	FINITE
865	135	2	376.8428	FINITE
866	135	3	216.614	FINITE
867	135	4	204.9168	FINITE
868	135	5	166.6156	FINITE
869	135	6	161.4264	FINITE
870	135	7	171.3684	FINITE
871	135	8	282.5664	FINITE
872	28	8	0.0916	FINITE
873	136	1	0.0688	FINITE
874	136	2	0.0672	FINITE
875	136	3	0.0824	FINITE
876	136	4	0.086	FINITE
877	136	5	0.0856	FINITE
878	136	6	0.0992	FINITE
879	136	7	0.06	FINITE
880	136	8	0.0916	FINITE
881	137	1	18.0336	FINITE
882	137	2	11.6764	FINITE
883	137	3	10.4124	FINITE
884	137	4	9.7172	FINITE
885	137	5	9.11	FINITE
886	137	6	8.6648	FINITE
887	137	7	9.4104	FINITE
888	137	8	8.6832	FINITE
889	138	1	655.6504	FINITE
890	138	2	300.8388	FINITE
891	138	3	243.5948	FINITE
892	138	4	224.2556	FINITE
893	138	5	190.7236	FINITE
894	138	6	162.2432	FINITE
895	138	7	211.388	FINITE
896	138	8	170.5512	FINITE
897	29	1	0.0464	FINITE
898	30	1	0.052	FINITE
899	29	2	0.0728	FINITE
900	30	2	0.0728	FINITE
901	29	3	0.0704	FINITE
902	30	3	0.096	FINITE
903	29	4	0.0872	FINITE
904	30	4	0.0728	FINITE
905	29	5	0.1008	FINITE
906	30	5	0.0788	FINITE
907	29	6	0.1068	FINITE
908	29	7	0.1052	FINITE
909	30	6	0.0704	FINITE
910	29	8	0.0644	FINITE
911	30	7	0.078	FINITE
912	139	1	0.0464	FINITE
913	139	2	0.0728	FINITE
914	139	3	0.0704	FINITE
915	139	4	0.0872	FINITE
916	139	5	0.1008	FINITE
917	139	6	0.1068	FINITE
918	139	7	0.1052	FINITE
919	139	8	0.0644	FINITE
920	140	1	14.3248	FINITE
921	140	2	11.7408	FINITE
922	140	3	10.2144	FINITE
923	140	4	10.206	FINITE
924	140	5	9.4796	FINITE
925	140	6	8.706	FINITE
926	140	7	9.982	FINITE
927	140	8	8.986	FINITE
928	141	1	441.5824	FINITE
929	141	2	325.7768	FINITE
930	141	3	240.2896	FINITE
931	141	4	232.2196	FINITE
932	141	5	216.0788	FINITE
933	141	6	182.1124	FINITE
934	141	7	252.4956	FINITE
935	141	8	178.8036	FINITE
936	30	8	0.0804	FINITE
937	31	1	0.114	FINITE
938	142	1	0.052	FINITE
939	142	2	0.0728	FINITE
940	142	3	0.096	FINITE
941	142	4	0.0728	FINITE
942	142	5	0.0788	FINITE
943	142	6	0.0704	FINITE
944	142	7	0.078	FINITE
945	142	8	0.0804	FINITE
946	144	1	14.6788	FINITE
947	144	2	12.166	FINITE
948	144	3	9.714	FINITE
949	144	4	9.2164	FINITE
950	144	5	9.1628	FINITE
951	144	6	8.8392	FINITE
952	144	7	8.3856	FINITE
953	144	8	9.0516	FINITE
954	146	1	479.9068	FINITE
955	146	2	336.8548	FINITE
956	146	3	215.5692	FINITE
957	146	4	193.7724	FINITE
958	146	5	199.8476	FINITE
959	146	6	185.1704	FINITE
960	146	7	147.6552	FINITE
961	146	8	192.6964	FINITE
962	31	2	0.132	FINITE
963	32	1	0.116	FINITE
964	31	3	0.1412	FINITE
965	32	2	0.1252	FINITE
966	31	4	0.1356	FINITE
967	32	3	0.1352	FINITE
968	31	5	0.1464	FINITE
969	32	4	0.136	FINITE
970	31	6	0.1408	FINITE
971	32	5	0.1388	FINITE
972	31	7	0.138	FINITE
973	32	6	0.142	FINITE
974	31	8	0.1268	FINITE
975	32	7	0.144	FINITE
976	148	1	0.114	FINITE
977	148	2	0.132	FINITE
978	148	3	0.1412	FINITE
979	148	4	0.1356	FINITE
980	148	5	0.1464	FINITE
981	148	6	0.1408	FINITE
982	148	7	0.138	FINITE
983	148	8	0.1268	FINITE
984	149	1	17.448	FINITE
985	149	2	14.7372	FINITE
986	149	3	13.5348	FINITE
987	149	4	13.2712	FINITE
988	149	5	11.55	FINITE
989	149	6	12.104	FINITE
990	149	7	10.5412	FINITE
991	149	8	10.5604	FINITE
992	150	1	623.908	FINITE
993	150	2	479.4044	FINITE
994	150	3	411.7468	FINITE
995	150	4	411.4912	FINITE
996	150	5	310.0556	FINITE
997	150	6	337.864	FINITE
998	150	7	263.8244	FINITE
999	150	8	263.3748	FINITE
1000	32	8	0.1276	FINITE
1001	33	1	0.12	FINITE
1002	151	1	0.116	FINITE
1003	151	2	0.1252	FINITE
1004	151	3	0.1352	FINITE
1005	151	4	0.136	FINITE
1006	151	5	0.1388	FINITE
1007	151	6	0.142	FINITE
1008	151	7	0.144	FINITE
1009	151	8	0.1276	FINITE
1010	152	1	18.5892	FINITE
1011	152	2	17.7488	FINITE
1012	152	3	14.8228	FINITE
1013	152	4	13.8092	FINITE
1014	152	5	13.6304	FINITE
1015	152	6	12.3848	FINITE
1016	152	7	11.7888	FINITE
1017	152	8	11.3576	FINITE
1018	153	1	698.5356	FINITE
1019	153	2	674.4456	FINITE
1020	153	3	506.7812	FINITE
1021	153	4	436.3988	FINITE
1022	153	5	439.36	FINITE
1023	153	6	349.2712	FINITE
1024	153	7	328.176	FINITE
1025	153	8	305.8704	FINITE
1026	33	2	0.1364	FINITE
1027	34	1	0.1196	FINITE
1028	33	3	0.1384	FINITE
1029	34	2	0.1352	FINITE
1030	33	4	0.1428	FINITE
1031	34	3	0.1376	FINITE
1032	33	5	0.1384	FINITE
1033	34	4	0.1376	FINITE
1034	33	6	0.134	FINITE
1035	34	5	0.1468	FINITE
1036	33	7	0.1368	FINITE
1037	34	6	0.1484	FINITE
1038	33	8	0.118	FINITE
1039	34	7	0.1324	FINITE
1040	154	1	0.12	FINITE
1041	154	2	0.1364	FINITE
1042	154	3	0.1384	FINITE
1043	154	4	0.1428	FINITE
1044	154	5	0.1384	FINITE
1045	154	6	0.134	FINITE
1046	154	7	0.1368	FINITE
1047	154	8	0.118	FINITE
1048	155	1	15.5016	FINITE
1049	155	2	14.5812	FINITE
1050	155	3	13.5128	FINITE
1051	155	4	13.1096	FINITE
1052	155	5	10.9732	FINITE
1053	155	6	10.7108	FINITE
1054	155	7	10.274	FINITE
1055	155	8	11.784	FINITE
1056	156	1	499.7256	FINITE
1057	156	2	476.3572	FINITE
1058	156	3	410.0632	FINITE
1059	156	4	393.5272	FINITE
1060	156	5	282.534	FINITE
1061	156	6	263.5196	FINITE
1062	156	7	244.018	FINITE
1063	156	8	334.5656	FINITE
1064	34	8	0.1328	FINITE
1065	157	1	0.1196	FINITE
1066	157	2	0.1352	FINITE
1067	157	3	0.1376	FINITE
1068	157	4	0.1376	FINITE
1069	157	5	0.1468	FINITE
1070	157	6	0.1484	FINITE
1071	157	7	0.1324	FINITE
1072	157	8	0.1328	FINITE
1073	158	1	18.3444	FINITE
1074	158	2	14.9884	FINITE
1075	158	3	14.2236	FINITE
1076	158	4	14.2144	FINITE
1077	158	5	11.7396	FINITE
1078	158	6	10.7224	FINITE
1079	158	7	11.0172	FINITE
1080	158	8	10.4812	FINITE
1081	159	1	689.794	FINITE
1082	159	2	511.2052	FINITE
1083	159	3	459.8548	FINITE
1084	159	4	473.7256	FINITE
1085	159	5	320.962	FINITE
1086	159	6	278.1272	FINITE
1087	159	7	288.6012	FINITE
1088	159	8	270.0508	FINITE
1089	35	1	0.1152	FINITE
1090	36	1	0.1248	FINITE
1091	35	2	0.13	FINITE
1092	36	2	0.1268	FINITE
1093	35	3	0.1384	FINITE
1094	36	3	0.1364	FINITE
1095	35	4	0.1444	FINITE
1096	36	4	0.1464	FINITE
1097	35	5	0.14	FINITE
1098	36	5	0.1416	FINITE
1099	35	6	0.14	FINITE
1100	35	7	0.1216	FINITE
1101	36	6	0.1196	FINITE
1102	35	8	0.1252	FINITE
1103	36	7	0.1144	FINITE
1104	160	1	0.1152	FINITE
1105	160	2	0.13	FINITE
1106	160	3	0.1384	FINITE
1107	160	4	0.1444	FINITE
1108	160	5	0.14	FINITE
1109	160	6	0.14	FINITE
1110	160	7	0.1216	FINITE
1111	160	8	0.1252	FINITE
1112	161	1	18.546	FINITE
1113	161	2	16.2136	FINITE
1114	161	3	14.0888	FINITE
1115	161	4	12.7092	FINITE
1116	161	5	11.2528	FINITE
1117	161	6	10.9588	FINITE
1118	161	7	10.13	FINITE
1119	161	8	9.932	FINITE
1120	162	1	693.8556	FINITE
1121	162	2	577.784	FINITE
1122	162	3	443.9616	FINITE
1123	162	4	364.5612	FINITE
1124	162	5	302.9224	FINITE
1125	162	6	287.3884	FINITE
1126	162	7	246.1972	FINITE
1127	162	8	234.5744	FINITE
1128	36	8	0.1296	FINITE
1129	37	1	0.1188	FINITE
1130	163	1	0.1248	FINITE
1131	163	2	0.1268	FINITE
1132	163	3	0.1364	FINITE
1133	163	4	0.1464	FINITE
1134	163	5	0.1416	FINITE
1135	163	6	0.1196	FINITE
1136	163	7	0.1144	FINITE
1137	163	8	0.1296	FINITE
1138	165	1	15.8956	FINITE
1139	165	2	14.9652	FINITE
1140	165	3	13.244	FINITE
1141	165	4	10.844	FINITE
1142	165	5	11.5028	FINITE
1143	165	6	11.6052	FINITE
1144	165	7	9.9268	FINITE
1145	165	8	10.1408	FINITE
1146	167	1	536.494	FINITE
1147	167	2	502.4764	FINITE
1148	167	3	393.1504	FINITE
1149	167	4	268.4512	FINITE
1150	167	5	314.4428	FINITE
1151	167	6	327.0252	FINITE
1152	167	7	230.8708	FINITE
1153	167	8	251.892	FINITE
1256	41	1	0.1172	FINITE
1282	41	2	0.136	FINITE
1284	41	3	0.14	FINITE
1286	41	4	0.1416	FINITE
1288	41	5	0.1408	FINITE
1290	41	6	0.1456	FINITE
1292	41	7	0.1272	FINITE
1294	41	8	0.1056	FINITE
1295	181	1	0.1172	FINITE
1296	181	2	0.136	FINITE
1297	181	3	0.14	FINITE
1298	181	4	0.1416	FINITE
1299	181	5	0.1408	FINITE
1300	181	6	0.1456	FINITE
1301	181	7	0.1272	FINITE
1302	181	8	0.1056	FINITE
1303	182	1	18.1776	FINITE
1304	182	2	15.1304	FINITE
1305	182	3	13.9872	FINITE
1306	182	4	12.2272	FINITE
1307	182	5	10.614	FINITE
1308	182	6	11.3688	FINITE
1309	182	7	10.4172	FINITE
1310	182	8	10.1624	FINITE
1311	183	1	671.7456	FINITE
1312	183	2	516.5928	FINITE
1313	183	3	438.6008	FINITE
1314	183	4	337.3704	FINITE
1315	183	5	262.4924	FINITE
1316	183	6	310.916	FINITE
1317	183	7	264.294	FINITE
1318	183	8	237.3896	FINITE
1154	37	2	0.1324	FINITE
1155	38	1	0.1196	FINITE
1156	37	3	0.1356	FINITE
1157	38	2	0.1204	FINITE
1158	37	4	0.1304	FINITE
1159	38	3	0.1372	FINITE
1160	37	5	0.1452	FINITE
1161	38	4	0.1356	FINITE
1162	37	6	0.1416	FINITE
1163	38	5	0.14	FINITE
1164	37	7	0.136	FINITE
1165	38	6	0.1416	FINITE
1166	37	8	0.1268	FINITE
1167	169	1	0.1188	FINITE
1168	169	2	0.1324	FINITE
1169	169	3	0.1356	FINITE
1170	169	4	0.1304	FINITE
1171	169	5	0.1452	FINITE
1172	169	6	0.1416	FINITE
1173	169	7	0.136	FINITE
1174	169	8	0.1268	FINITE
1175	170	1	17.0456	FINITE
1176	170	2	15.0008	FINITE
1177	170	3	13.7988	FINITE
1178	170	4	13.8992	FINITE
1179	170	5	11.2804	FINITE
1180	170	6	12.0552	FINITE
1181	170	7	10.7368	FINITE
1182	170	8	11.1348	FINITE
1183	171	1	601.2456	FINITE
1184	171	2	498.8792	FINITE
1185	171	3	424.8228	FINITE
1186	171	4	442.316	FINITE
1187	171	5	291.8724	FINITE
1188	171	6	332.376	FINITE
1189	171	7	274.5264	FINITE
1190	171	8	295.954	FINITE
1191	38	7	0.142	FINITE
1192	39	1	0.1224	FINITE
1193	38	8	0.1412	FINITE
1194	172	1	0.1196	FINITE
1195	172	2	0.1204	FINITE
1196	172	3	0.1372	FINITE
1197	172	4	0.1356	FINITE
1198	172	5	0.14	FINITE
1199	172	6	0.1416	FINITE
1200	172	7	0.142	FINITE
1201	172	8	0.1412	FINITE
1202	173	1	16.826	FINITE
1203	173	2	19.1504	FINITE
1204	173	3	14.8592	FINITE
1205	173	4	14.1072	FINITE
1206	173	5	13.5232	FINITE
1207	173	6	12.8452	FINITE
1208	173	7	12.212	FINITE
1209	173	8	11.1764	FINITE
1210	174	1	591.0756	FINITE
1211	174	2	765.1856	FINITE
1212	174	3	512.3104	FINITE
1213	174	4	458.5936	FINITE
1214	174	5	444.7808	FINITE
1215	174	6	391.2196	FINITE
1216	174	7	361.7848	FINITE
1217	174	8	308.3708	FINITE
1218	39	2	0.1364	FINITE
1219	40	1	0.1136	FINITE
1220	39	3	0.138	FINITE
1221	40	2	0.1368	FINITE
1222	39	4	0.1408	FINITE
1223	40	3	0.1368	FINITE
1224	39	5	0.142	FINITE
1283	42	1	0.1268	FINITE
1285	42	2	0.1356	FINITE
1287	42	3	0.1384	FINITE
1289	42	4	0.1364	FINITE
1291	42	5	0.142	FINITE
1293	42	6	0.1356	FINITE
1319	42	7	0.1392	FINITE
1320	42	8	0.1248	FINITE
1321	184	1	0.1268	FINITE
1322	184	2	0.1356	FINITE
1323	184	3	0.1384	FINITE
1324	184	4	0.1364	FINITE
1325	184	5	0.142	FINITE
1326	184	6	0.1356	FINITE
1327	184	7	0.1392	FINITE
1328	184	8	0.1248	FINITE
1329	186	1	16.4916	FINITE
1330	186	2	14.7536	FINITE
1331	186	3	13.2984	FINITE
1332	186	4	11.1736	FINITE
1333	186	5	11.5196	FINITE
1334	186	6	11.3152	FINITE
1335	186	7	10.7948	FINITE
1336	186	8	10.3976	FINITE
1337	188	1	588.2644	FINITE
1338	188	2	491.628	FINITE
1339	188	3	393.9104	FINITE
1340	188	4	285.5824	FINITE
1341	188	5	309.1052	FINITE
1342	188	6	302.2672	FINITE
1343	188	7	283.2124	FINITE
1344	188	8	253.5752	FINITE
\.


--
-- Data for Name: trial_params; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_params (param_id, trial_id, param_name, param_value, distribution_json) FROM stdin;
1	1	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
2	1	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
3	1	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
4	2	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
5	2	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
6	2	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
7	3	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
8	3	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
9	3	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
10	4	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
11	4	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
12	4	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
13	5	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
14	5	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
15	5	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
16	6	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
17	6	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
18	6	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
19	7	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
20	7	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
21	7	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
22	8	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
23	8	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
24	8	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
25	9	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
26	9	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
27	9	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
28	10	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
29	10	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
30	10	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
31	11	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
32	11	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
33	11	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
34	12	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
35	12	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
36	12	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
37	13	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
38	13	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
39	13	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
40	14	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
41	14	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
42	14	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
43	15	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
44	15	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
45	15	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
46	16	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
47	16	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
48	16	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
49	17	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
50	17	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
51	17	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
52	18	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
53	18	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
54	18	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
55	19	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
56	19	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
57	19	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
58	20	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
59	20	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
60	20	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
61	21	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
62	21	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
63	21	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
64	22	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
65	22	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
66	22	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
67	23	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
68	23	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
69	23	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
70	24	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
71	24	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
72	24	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
73	25	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
74	25	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
75	25	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
76	26	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
77	26	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
78	26	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
79	27	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
80	27	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
81	27	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
82	28	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
83	28	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
84	28	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
85	29	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
86	29	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
87	29	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
88	30	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
89	30	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
90	30	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
91	31	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
92	31	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
93	31	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
94	32	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
95	32	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
96	32	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
97	33	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
98	33	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
99	33	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
100	34	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
101	34	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
102	34	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
103	35	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
104	35	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
105	35	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
106	36	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
107	36	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
108	36	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
109	37	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
110	37	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
111	37	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
112	38	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
113	38	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
114	38	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
115	39	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
116	39	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
117	39	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
118	40	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
119	40	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
120	40	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
121	41	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
122	41	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
123	41	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
124	42	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
125	42	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
126	42	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
127	43	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
128	43	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
129	43	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
130	44	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
131	44	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
132	44	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
133	45	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
134	45	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
135	45	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
136	46	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
137	46	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
138	46	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
139	47	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
140	47	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
141	47	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
142	48	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
143	48	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
144	48	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
145	49	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
146	49	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
147	49	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
148	50	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
149	50	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
150	50	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
151	51	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
152	51	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
153	51	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
154	52	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
155	52	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
156	52	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
157	53	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
158	53	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
159	53	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
160	54	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
161	54	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
162	54	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
163	55	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
164	55	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
165	55	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
166	56	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
167	56	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
168	56	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
169	57	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
170	57	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
171	57	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
172	58	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
173	58	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
174	58	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
175	59	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
176	59	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
177	60	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
178	60	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
179	60	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
180	61	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
181	61	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
182	62	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
183	62	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
184	62	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
185	63	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
186	63	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
187	64	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
188	64	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
189	64	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
190	65	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
191	65	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
192	65	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
193	66	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
194	66	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
195	66	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
196	67	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
197	67	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
198	67	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
199	68	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
200	68	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
201	68	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
202	69	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
203	69	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
204	69	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
205	70	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
206	70	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
207	70	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
208	71	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
209	71	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
210	71	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
211	72	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
212	72	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
213	72	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
214	73	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
215	73	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
216	73	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
217	74	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
218	74	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
219	74	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
220	75	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
221	75	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
222	75	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
223	76	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
224	76	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
225	76	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
226	77	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
227	77	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
228	77	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
229	78	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
230	78	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
231	78	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
232	79	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
233	79	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
234	79	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
235	80	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
236	80	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
237	81	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
238	81	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
239	81	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
240	82	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
241	82	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
242	83	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
243	83	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
244	83	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
245	84	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
246	84	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
247	85	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
248	85	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
249	85	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
250	86	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
251	86	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
252	86	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
253	87	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
254	87	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
255	87	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
256	88	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
257	88	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
258	88	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
259	89	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
260	89	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
261	89	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
262	90	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
263	90	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
264	90	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
265	91	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
266	91	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
267	91	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
268	92	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
269	92	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
270	92	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
271	93	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
272	93	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
273	93	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
274	94	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
275	94	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
276	94	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
277	95	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
278	95	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
279	95	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
280	96	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
281	96	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
282	96	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
283	97	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
284	97	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
285	97	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
286	98	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
287	98	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
288	98	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
289	99	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
290	99	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
291	99	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
292	100	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
293	100	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
294	100	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
295	101	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
296	101	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
297	102	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
298	102	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
299	102	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
300	103	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
301	103	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
302	104	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
303	104	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
304	104	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
305	105	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
306	105	variant	0	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
307	106	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
308	106	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
309	106	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
310	107	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
311	107	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
312	107	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
313	108	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
314	108	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
315	108	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
316	109	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
317	109	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
318	109	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
319	110	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
320	110	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
321	110	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
322	111	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
323	111	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
324	111	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
325	112	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
326	112	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
327	112	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
328	113	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
329	113	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
330	113	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
331	114	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
332	114	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
333	114	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
334	115	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
335	115	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
336	115	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
337	116	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
338	116	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
339	116	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
340	117	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
341	117	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
342	117	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
343	118	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
344	118	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
345	118	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
346	119	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
347	119	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
348	119	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
349	120	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
350	120	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
351	120	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
352	121	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
353	121	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
354	121	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
355	122	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
356	122	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
357	123	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
358	123	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
359	123	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
360	124	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
361	124	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
362	125	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
363	125	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
364	125	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
365	126	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
366	126	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
367	127	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
368	127	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
369	127	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
370	128	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
371	128	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
372	128	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
373	129	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
374	129	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
375	129	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
376	130	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
377	130	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
378	130	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
379	131	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
380	131	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
381	131	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
382	132	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
383	132	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
384	132	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
385	133	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
386	133	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
387	133	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
388	134	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
389	134	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
390	134	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
391	135	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
392	135	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
393	135	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
394	136	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
395	136	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
396	136	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
397	137	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
398	137	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
399	137	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
400	138	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
401	138	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
402	138	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
403	139	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
404	139	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
405	139	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
406	140	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
407	140	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
408	140	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
409	141	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
410	141	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
411	141	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
412	142	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
413	142	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
414	142	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
415	143	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
416	143	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
417	144	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
418	144	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
419	144	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
420	145	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
421	145	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
422	146	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
423	146	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
424	146	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
425	147	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
426	147	variant	1	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
427	148	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
428	148	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
429	148	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
430	149	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
431	149	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
432	149	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
433	150	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
434	150	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
435	150	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
436	151	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
437	151	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
438	151	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
439	152	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
440	152	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
441	152	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
442	153	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
443	153	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
444	153	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
445	154	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
446	154	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
447	154	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
448	155	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
449	155	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
450	155	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
451	156	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
452	156	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
453	156	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
454	157	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
455	157	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
456	157	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
457	158	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
458	158	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
459	158	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
460	159	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
461	159	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
462	159	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
463	160	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
464	160	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
465	160	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
466	161	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
467	161	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
468	161	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
469	162	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
470	162	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
471	162	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
472	163	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
473	163	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
474	163	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
475	164	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
476	164	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
477	165	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
478	165	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
479	165	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
480	166	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
481	166	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
482	167	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
483	167	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
484	167	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
485	168	r	0.001233046	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
486	168	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
487	169	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
488	169	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
489	169	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
490	170	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
491	170	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
492	170	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
493	171	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
494	171	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
495	171	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
496	172	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
497	172	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
498	172	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
499	173	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
500	173	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
501	173	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
502	174	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
503	174	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
504	174	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
505	175	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
506	175	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
507	175	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
508	176	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
509	176	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
510	176	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
511	177	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
512	177	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
513	177	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
514	178	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
515	178	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
516	178	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
517	179	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
518	179	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
519	179	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
520	180	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
521	180	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
522	180	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
523	181	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
524	181	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
525	181	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
526	182	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
527	182	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
528	182	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
529	183	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
530	183	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
531	183	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
532	184	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
533	184	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
534	184	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
535	185	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
536	185	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
537	186	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
538	186	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
539	186	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
540	187	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
541	187	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
542	188	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
543	188	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
544	188	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
545	189	r	0.002770083	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
546	189	variant	2	{"name": "CategoricalDistribution", "attributes": {"choices": ["simloss", "sord", "label-smoothing"]}}
\.


--
-- Data for Name: trial_system_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_system_attributes (trial_system_attribute_id, trial_id, key, value_json) FROM stdin;
\.


--
-- Data for Name: trial_user_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_user_attributes (trial_user_attribute_id, trial_id, key, value_json) FROM stdin;
1	1	worker	"vm:23989"
2	2	worker	"vm:23990"
3	2	val_accuracy	0.1452
4	2	val_mae	10.5064
5	2	val_mse	255.4208
6	2	test_accuracy	0.1332
7	2	test_mae	10.3232
8	2	test_mse	268.644
9	2	seconds	100.323
10	2	device	"cpu"
11	2	best_epoch	8
12	2	epochs	8
13	2	mean_distribution	[0.043132, 0.017319, 0.012752, 0.010087, 0.01484, 0.009316, 0.005011, 0.006297, 0.01002, 0.006951, 0.001093, 0.006675, 0.005027, 0.005484, 0.004653, 0.011827, 0.007359, 0.007504, 0.004026, 0.011656, 0.016574, 0.015873, 0.020033, 0.026345, 0.027251, 0.081615, 0.020402, 0.034181, 0.020797, 0.042596, 0.016546, 0.025153, 0.007804, 0.022335, 0.032987, 0.019419, 0.007809, 0.013696, 0.012534, 0.024075, 0.006482, 0.009002, 0.006861, 0.004006, 0.016901, 0.007316, 0.009954, 0.007859, 0.009158, 0.018634, 0.010732, 0.012168, 0.014975, 0.01946, 0.00884, 0.011182, 0.005685, 0.013132, 0.00398, 0.012087, 0.007514, 0.004197, 0.006624, 0.002648, 0.014602, 0.004242, 0.004572, 0.004936, 0.000436, 0.007223, 0.002314, 0.003799, 0.002198, 0.003482, 0.005582, 0.001564, 0.001516, 0.003361, 0.001085, 0.005735, 0.000643, 0.000866, 0.000274, 0.000979, 0.007542, 0.000409, 2.4e-05, 0.000938, 0.0008, 0.002429]
14	2	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1184, 0.1264, 0.136, 0.1336, 0.1408, 0.1452, 0.1472, 0.1452], "mae": [17.34, 16.9856, 14.8352, 13.4556, 13.1792, 11.5516, 11.6932, 10.5064], "mse": [622.1256, 628.2456, 508.74, 409.3988, 412.9008, 301.7332, 324.7236, 255.4208]}
15	43	best_epoch	8
16	43	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1184, 0.1264, 0.136, 0.1336, 0.1408, 0.1452, 0.1472, 0.1452], "mae": [17.34, 16.9856, 14.8352, 13.4556, 13.1792, 11.5516, 11.6932, 10.5064], "mse": [622.1256, 628.2456, 508.74, 409.3988, 412.9008, 301.7332, 324.7236, 255.4208]}
17	43	device	"cpu"
18	43	epochs	8
19	43	mean_distribution	[0.043132, 0.017319, 0.012752, 0.010087, 0.01484, 0.009316, 0.005011, 0.006297, 0.01002, 0.006951, 0.001093, 0.006675, 0.005027, 0.005484, 0.004653, 0.011827, 0.007359, 0.007504, 0.004026, 0.011656, 0.016574, 0.015873, 0.020033, 0.026345, 0.027251, 0.081615, 0.020402, 0.034181, 0.020797, 0.042596, 0.016546, 0.025153, 0.007804, 0.022335, 0.032987, 0.019419, 0.007809, 0.013696, 0.012534, 0.024075, 0.006482, 0.009002, 0.006861, 0.004006, 0.016901, 0.007316, 0.009954, 0.007859, 0.009158, 0.018634, 0.010732, 0.012168, 0.014975, 0.01946, 0.00884, 0.011182, 0.005685, 0.013132, 0.00398, 0.012087, 0.007514, 0.004197, 0.006624, 0.002648, 0.014602, 0.004242, 0.004572, 0.004936, 0.000436, 0.007223, 0.002314, 0.003799, 0.002198, 0.003482, 0.005582, 0.001564, 0.001516, 0.003361, 0.001085, 0.005735, 0.000643, 0.000866, 0.000274, 0.000979, 0.007542, 0.000409, 2.4e-05, 0.000938, 0.0008, 0.002429]
20	43	seconds	100.323
21	43	test_accuracy	0.1332
22	43	test_mae	10.3232
23	43	test_mse	268.644
24	43	val_accuracy	0.1452
25	43	val_mae	10.5064
26	43	val_mse	255.4208
27	43	worker	"vm:23990"
28	43	run	1
29	44	best_epoch	8
30	44	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1184, 0.1264, 0.136, 0.1336, 0.1408, 0.1452, 0.1472, 0.1452], "mae": [17.34, 16.9856, 14.8352, 13.4556, 13.1792, 11.5516, 11.6932, 10.5064], "mse": [622.1256, 628.2456, 508.74, 409.3988, 412.9008, 301.7332, 324.7236, 255.4208]}
31	44	device	"cpu"
32	44	epochs	8
33	44	mean_distribution	[0.043132, 0.017319, 0.012752, 0.010087, 0.01484, 0.009316, 0.005011, 0.006297, 0.01002, 0.006951, 0.001093, 0.006675, 0.005027, 0.005484, 0.004653, 0.011827, 0.007359, 0.007504, 0.004026, 0.011656, 0.016574, 0.015873, 0.020033, 0.026345, 0.027251, 0.081615, 0.020402, 0.034181, 0.020797, 0.042596, 0.016546, 0.025153, 0.007804, 0.022335, 0.032987, 0.019419, 0.007809, 0.013696, 0.012534, 0.024075, 0.006482, 0.009002, 0.006861, 0.004006, 0.016901, 0.007316, 0.009954, 0.007859, 0.009158, 0.018634, 0.010732, 0.012168, 0.014975, 0.01946, 0.00884, 0.011182, 0.005685, 0.013132, 0.00398, 0.012087, 0.007514, 0.004197, 0.006624, 0.002648, 0.014602, 0.004242, 0.004572, 0.004936, 0.000436, 0.007223, 0.002314, 0.003799, 0.002198, 0.003482, 0.005582, 0.001564, 0.001516, 0.003361, 0.001085, 0.005735, 0.000643, 0.000866, 0.000274, 0.000979, 0.007542, 0.000409, 2.4e-05, 0.000938, 0.0008, 0.002429]
34	44	seconds	100.323
35	44	test_accuracy	0.1332
36	44	test_mae	10.3232
37	44	test_mse	268.644
38	44	val_accuracy	0.1452
39	44	val_mae	10.5064
40	44	val_mse	255.4208
41	44	worker	"vm:23990"
42	44	run	1
43	45	best_epoch	8
44	45	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1184, 0.1264, 0.136, 0.1336, 0.1408, 0.1452, 0.1472, 0.1452], "mae": [17.34, 16.9856, 14.8352, 13.4556, 13.1792, 11.5516, 11.6932, 10.5064], "mse": [622.1256, 628.2456, 508.74, 409.3988, 412.9008, 301.7332, 324.7236, 255.4208]}
45	45	device	"cpu"
46	45	epochs	8
47	45	mean_distribution	[0.043132, 0.017319, 0.012752, 0.010087, 0.01484, 0.009316, 0.005011, 0.006297, 0.01002, 0.006951, 0.001093, 0.006675, 0.005027, 0.005484, 0.004653, 0.011827, 0.007359, 0.007504, 0.004026, 0.011656, 0.016574, 0.015873, 0.020033, 0.026345, 0.027251, 0.081615, 0.020402, 0.034181, 0.020797, 0.042596, 0.016546, 0.025153, 0.007804, 0.022335, 0.032987, 0.019419, 0.007809, 0.013696, 0.012534, 0.024075, 0.006482, 0.009002, 0.006861, 0.004006, 0.016901, 0.007316, 0.009954, 0.007859, 0.009158, 0.018634, 0.010732, 0.012168, 0.014975, 0.01946, 0.00884, 0.011182, 0.005685, 0.013132, 0.00398, 0.012087, 0.007514, 0.004197, 0.006624, 0.002648, 0.014602, 0.004242, 0.004572, 0.004936, 0.000436, 0.007223, 0.002314, 0.003799, 0.002198, 0.003482, 0.005582, 0.001564, 0.001516, 0.003361, 0.001085, 0.005735, 0.000643, 0.000866, 0.000274, 0.000979, 0.007542, 0.000409, 2.4e-05, 0.000938, 0.0008, 0.002429]
48	45	seconds	100.323
49	45	test_accuracy	0.1332
50	45	test_mae	10.3232
51	45	test_mse	268.644
52	45	val_accuracy	0.1452
53	45	val_mae	10.5064
54	45	val_mse	255.4208
55	45	worker	"vm:23990"
56	45	run	1
57	3	worker	"vm:23990"
58	1	val_accuracy	0.1308
59	1	val_mae	10.4256
60	1	val_mse	253.0376
61	1	test_accuracy	0.1296
62	1	test_mae	10.2156
63	1	test_mse	259.3316
64	1	seconds	103.437
65	1	device	"cpu"
66	1	best_epoch	8
67	1	epochs	8
68	1	mean_distribution	[0.048181, 0.019816, 0.011585, 0.009326, 0.00865, 0.00413, 0.006431, 0.011215, 0.010997, 0.00745, 0.001265, 0.006404, 0.002318, 0.006183, 0.00602, 0.01119, 0.012302, 0.007793, 0.005962, 0.009972, 0.012359, 0.027101, 0.028325, 0.034502, 0.026025, 0.085766, 0.022067, 0.039075, 0.016026, 0.03173, 0.023928, 0.042739, 0.006758, 0.017702, 0.043858, 0.01406, 0.009319, 0.013195, 0.011829, 0.024609, 0.00626, 0.010037, 0.007466, 0.002868, 0.013306, 0.005529, 0.007457, 0.011326, 0.007308, 0.012908, 0.009409, 0.010955, 0.006823, 0.014292, 0.008272, 0.012013, 0.003452, 0.010946, 0.004085, 0.007592, 0.006527, 0.005613, 0.004486, 0.002922, 0.011462, 0.004955, 0.003144, 0.005446, 0.000363, 0.005216, 0.002649, 0.004215, 0.001468, 0.002521, 0.004844, 0.001257, 0.00089, 0.003431, 0.000812, 0.004876, 0.000931, 0.000587, 0.00027, 0.000785, 0.005267, 0.000325, 1.5e-05, 0.000847, 0.001123, 0.002284]
69	1	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1124, 0.1284, 0.1384, 0.1324, 0.1432, 0.138, 0.1372, 0.1308], "mae": [15.5528, 15.4216, 13.3112, 13.092, 12.0108, 11.6644, 10.6332, 10.4256], "mse": [498.3112, 518.2776, 399.7824, 395.9768, 336.8636, 306.058, 261.882, 253.0376]}
70	46	worker	"vm:23989"
71	46	val_accuracy	0.1308
72	46	val_mae	10.4256
73	46	val_mse	253.0376
74	46	test_accuracy	0.1296
75	46	test_mae	10.2156
76	46	test_mse	259.3316
77	46	seconds	103.437
78	46	device	"cpu"
79	46	best_epoch	8
80	46	epochs	8
81	46	mean_distribution	[0.048181, 0.019816, 0.011585, 0.009326, 0.00865, 0.00413, 0.006431, 0.011215, 0.010997, 0.00745, 0.001265, 0.006404, 0.002318, 0.006183, 0.00602, 0.01119, 0.012302, 0.007793, 0.005962, 0.009972, 0.012359, 0.027101, 0.028325, 0.034502, 0.026025, 0.085766, 0.022067, 0.039075, 0.016026, 0.03173, 0.023928, 0.042739, 0.006758, 0.017702, 0.043858, 0.01406, 0.009319, 0.013195, 0.011829, 0.024609, 0.00626, 0.010037, 0.007466, 0.002868, 0.013306, 0.005529, 0.007457, 0.011326, 0.007308, 0.012908, 0.009409, 0.010955, 0.006823, 0.014292, 0.008272, 0.012013, 0.003452, 0.010946, 0.004085, 0.007592, 0.006527, 0.005613, 0.004486, 0.002922, 0.011462, 0.004955, 0.003144, 0.005446, 0.000363, 0.005216, 0.002649, 0.004215, 0.001468, 0.002521, 0.004844, 0.001257, 0.00089, 0.003431, 0.000812, 0.004876, 0.000931, 0.000587, 0.00027, 0.000785, 0.005267, 0.000325, 1.5e-05, 0.000847, 0.001123, 0.002284]
82	46	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1124, 0.1284, 0.1384, 0.1324, 0.1432, 0.138, 0.1372, 0.1308], "mae": [15.5528, 15.4216, 13.3112, 13.092, 12.0108, 11.6644, 10.6332, 10.4256], "mse": [498.3112, 518.2776, 399.7824, 395.9768, 336.8636, 306.058, 261.882, 253.0376]}
83	46	run	0
84	47	worker	"vm:23989"
85	47	val_accuracy	0.1308
86	47	val_mae	10.4256
87	47	val_mse	253.0376
88	47	test_accuracy	0.1296
89	47	test_mae	10.2156
90	47	test_mse	259.3316
91	47	seconds	103.437
92	47	device	"cpu"
93	47	best_epoch	8
94	47	epochs	8
95	47	mean_distribution	[0.048181, 0.019816, 0.011585, 0.009326, 0.00865, 0.00413, 0.006431, 0.011215, 0.010997, 0.00745, 0.001265, 0.006404, 0.002318, 0.006183, 0.00602, 0.01119, 0.012302, 0.007793, 0.005962, 0.009972, 0.012359, 0.027101, 0.028325, 0.034502, 0.026025, 0.085766, 0.022067, 0.039075, 0.016026, 0.03173, 0.023928, 0.042739, 0.006758, 0.017702, 0.043858, 0.01406, 0.009319, 0.013195, 0.011829, 0.024609, 0.00626, 0.010037, 0.007466, 0.002868, 0.013306, 0.005529, 0.007457, 0.011326, 0.007308, 0.012908, 0.009409, 0.010955, 0.006823, 0.014292, 0.008272, 0.012013, 0.003452, 0.010946, 0.004085, 0.007592, 0.006527, 0.005613, 0.004486, 0.002922, 0.011462, 0.004955, 0.003144, 0.005446, 0.000363, 0.005216, 0.002649, 0.004215, 0.001468, 0.002521, 0.004844, 0.001257, 0.00089, 0.003431, 0.000812, 0.004876, 0.000931, 0.000587, 0.00027, 0.000785, 0.005267, 0.000325, 1.5e-05, 0.000847, 0.001123, 0.002284]
96	47	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1124, 0.1284, 0.1384, 0.1324, 0.1432, 0.138, 0.1372, 0.1308], "mae": [15.5528, 15.4216, 13.3112, 13.092, 12.0108, 11.6644, 10.6332, 10.4256], "mse": [498.3112, 518.2776, 399.7824, 395.9768, 336.8636, 306.058, 261.882, 253.0376]}
97	47	run	0
98	48	worker	"vm:23989"
99	48	val_accuracy	0.1308
100	48	val_mae	10.4256
101	48	val_mse	253.0376
102	48	test_accuracy	0.1296
103	48	test_mae	10.2156
104	48	test_mse	259.3316
105	48	seconds	103.437
106	48	device	"cpu"
107	48	best_epoch	8
108	48	epochs	8
109	48	mean_distribution	[0.048181, 0.019816, 0.011585, 0.009326, 0.00865, 0.00413, 0.006431, 0.011215, 0.010997, 0.00745, 0.001265, 0.006404, 0.002318, 0.006183, 0.00602, 0.01119, 0.012302, 0.007793, 0.005962, 0.009972, 0.012359, 0.027101, 0.028325, 0.034502, 0.026025, 0.085766, 0.022067, 0.039075, 0.016026, 0.03173, 0.023928, 0.042739, 0.006758, 0.017702, 0.043858, 0.01406, 0.009319, 0.013195, 0.011829, 0.024609, 0.00626, 0.010037, 0.007466, 0.002868, 0.013306, 0.005529, 0.007457, 0.011326, 0.007308, 0.012908, 0.009409, 0.010955, 0.006823, 0.014292, 0.008272, 0.012013, 0.003452, 0.010946, 0.004085, 0.007592, 0.006527, 0.005613, 0.004486, 0.002922, 0.011462, 0.004955, 0.003144, 0.005446, 0.000363, 0.005216, 0.002649, 0.004215, 0.001468, 0.002521, 0.004844, 0.001257, 0.00089, 0.003431, 0.000812, 0.004876, 0.000931, 0.000587, 0.00027, 0.000785, 0.005267, 0.000325, 1.5e-05, 0.000847, 0.001123, 0.002284]
110	48	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1124, 0.1284, 0.1384, 0.1324, 0.1432, 0.138, 0.1372, 0.1308], "mae": [15.5528, 15.4216, 13.3112, 13.092, 12.0108, 11.6644, 10.6332, 10.4256], "mse": [498.3112, 518.2776, 399.7824, 395.9768, 336.8636, 306.058, 261.882, 253.0376]}
111	48	run	0
112	4	worker	"vm:23989"
113	3	val_accuracy	0.1396
114	3	val_mae	10.1648
115	3	val_mse	241.7568
116	3	test_accuracy	0.148
117	3	test_mae	10.0912
118	3	test_mse	252.9672
119	3	seconds	74.504
120	3	device	"cpu"
121	3	best_epoch	7
122	3	epochs	8
416	66	val_accuracy	0.1072
123	3	mean_distribution	[0.045478, 0.01404, 0.010214, 0.017118, 0.012771, 0.007281, 0.00308, 0.011419, 0.008852, 0.006856, 0.001227, 0.00513, 0.003646, 0.006019, 0.004951, 0.011544, 0.007101, 0.008043, 0.00425, 0.011671, 0.010914, 0.01644, 0.00807, 0.031466, 0.027644, 0.104315, 0.022228, 0.031575, 0.024113, 0.023957, 0.018636, 0.027603, 0.008116, 0.022567, 0.031689, 0.019896, 0.009412, 0.014116, 0.011619, 0.02042, 0.006867, 0.007984, 0.007064, 0.004189, 0.016629, 0.008659, 0.006225, 0.006576, 0.009025, 0.024421, 0.009115, 0.012835, 0.009363, 0.016653, 0.011083, 0.015029, 0.005408, 0.017482, 0.003506, 0.014076, 0.00476, 0.004475, 0.006201, 0.002324, 0.011118, 0.0043, 0.004746, 0.005157, 0.00046, 0.008917, 0.003032, 0.005079, 0.001592, 0.003132, 0.007022, 0.00164, 0.001179, 0.003066, 0.00124, 0.007375, 0.001449, 0.000639, 0.000271, 0.000852, 0.005712, 0.000651, 2e-05, 0.001381, 0.001253, 0.003285]
124	3	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.1356, 0.138, 0.1272, 0.1212, 0.1436, 0.1396, 0.0996], "mae": [15.344, 15.1656, 13.8728, 12.8436, 10.7828, 10.4144, 10.1648, 11.836], "mse": [486.4056, 519.948, 443.3616, 364.0036, 267.434, 251.2728, 241.7568, 335.8184]}
125	49	worker	"vm:23990"
126	49	val_accuracy	0.1396
127	49	val_mae	10.1648
128	49	val_mse	241.7568
129	49	test_accuracy	0.148
130	49	test_mae	10.0912
131	49	test_mse	252.9672
132	49	seconds	74.504
133	49	device	"cpu"
134	49	best_epoch	7
135	49	epochs	8
136	49	mean_distribution	[0.045478, 0.01404, 0.010214, 0.017118, 0.012771, 0.007281, 0.00308, 0.011419, 0.008852, 0.006856, 0.001227, 0.00513, 0.003646, 0.006019, 0.004951, 0.011544, 0.007101, 0.008043, 0.00425, 0.011671, 0.010914, 0.01644, 0.00807, 0.031466, 0.027644, 0.104315, 0.022228, 0.031575, 0.024113, 0.023957, 0.018636, 0.027603, 0.008116, 0.022567, 0.031689, 0.019896, 0.009412, 0.014116, 0.011619, 0.02042, 0.006867, 0.007984, 0.007064, 0.004189, 0.016629, 0.008659, 0.006225, 0.006576, 0.009025, 0.024421, 0.009115, 0.012835, 0.009363, 0.016653, 0.011083, 0.015029, 0.005408, 0.017482, 0.003506, 0.014076, 0.00476, 0.004475, 0.006201, 0.002324, 0.011118, 0.0043, 0.004746, 0.005157, 0.00046, 0.008917, 0.003032, 0.005079, 0.001592, 0.003132, 0.007022, 0.00164, 0.001179, 0.003066, 0.00124, 0.007375, 0.001449, 0.000639, 0.000271, 0.000852, 0.005712, 0.000651, 2e-05, 0.001381, 0.001253, 0.003285]
137	49	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.1356, 0.138, 0.1272, 0.1212, 0.1436, 0.1396, 0.0996], "mae": [15.344, 15.1656, 13.8728, 12.8436, 10.7828, 10.4144, 10.1648, 11.836], "mse": [486.4056, 519.948, 443.3616, 364.0036, 267.434, 251.2728, 241.7568, 335.8184]}
138	49	run	2
139	50	worker	"vm:23990"
140	50	val_accuracy	0.1396
141	50	val_mae	10.1648
142	50	val_mse	241.7568
143	50	test_accuracy	0.148
144	50	test_mae	10.0912
145	50	test_mse	252.9672
146	50	seconds	74.504
147	50	device	"cpu"
148	50	best_epoch	7
149	50	epochs	8
150	50	mean_distribution	[0.045478, 0.01404, 0.010214, 0.017118, 0.012771, 0.007281, 0.00308, 0.011419, 0.008852, 0.006856, 0.001227, 0.00513, 0.003646, 0.006019, 0.004951, 0.011544, 0.007101, 0.008043, 0.00425, 0.011671, 0.010914, 0.01644, 0.00807, 0.031466, 0.027644, 0.104315, 0.022228, 0.031575, 0.024113, 0.023957, 0.018636, 0.027603, 0.008116, 0.022567, 0.031689, 0.019896, 0.009412, 0.014116, 0.011619, 0.02042, 0.006867, 0.007984, 0.007064, 0.004189, 0.016629, 0.008659, 0.006225, 0.006576, 0.009025, 0.024421, 0.009115, 0.012835, 0.009363, 0.016653, 0.011083, 0.015029, 0.005408, 0.017482, 0.003506, 0.014076, 0.00476, 0.004475, 0.006201, 0.002324, 0.011118, 0.0043, 0.004746, 0.005157, 0.00046, 0.008917, 0.003032, 0.005079, 0.001592, 0.003132, 0.007022, 0.00164, 0.001179, 0.003066, 0.00124, 0.007375, 0.001449, 0.000639, 0.000271, 0.000852, 0.005712, 0.000651, 2e-05, 0.001381, 0.001253, 0.003285]
151	50	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.1356, 0.138, 0.1272, 0.1212, 0.1436, 0.1396, 0.0996], "mae": [15.344, 15.1656, 13.8728, 12.8436, 10.7828, 10.4144, 10.1648, 11.836], "mse": [486.4056, 519.948, 443.3616, 364.0036, 267.434, 251.2728, 241.7568, 335.8184]}
152	50	run	2
153	51	worker	"vm:23990"
154	51	val_accuracy	0.1396
155	51	val_mae	10.1648
156	51	val_mse	241.7568
157	51	test_accuracy	0.148
158	51	test_mae	10.0912
159	51	test_mse	252.9672
160	51	seconds	74.504
161	51	device	"cpu"
162	51	best_epoch	7
163	51	epochs	8
164	51	mean_distribution	[0.045478, 0.01404, 0.010214, 0.017118, 0.012771, 0.007281, 0.00308, 0.011419, 0.008852, 0.006856, 0.001227, 0.00513, 0.003646, 0.006019, 0.004951, 0.011544, 0.007101, 0.008043, 0.00425, 0.011671, 0.010914, 0.01644, 0.00807, 0.031466, 0.027644, 0.104315, 0.022228, 0.031575, 0.024113, 0.023957, 0.018636, 0.027603, 0.008116, 0.022567, 0.031689, 0.019896, 0.009412, 0.014116, 0.011619, 0.02042, 0.006867, 0.007984, 0.007064, 0.004189, 0.016629, 0.008659, 0.006225, 0.006576, 0.009025, 0.024421, 0.009115, 0.012835, 0.009363, 0.016653, 0.011083, 0.015029, 0.005408, 0.017482, 0.003506, 0.014076, 0.00476, 0.004475, 0.006201, 0.002324, 0.011118, 0.0043, 0.004746, 0.005157, 0.00046, 0.008917, 0.003032, 0.005079, 0.001592, 0.003132, 0.007022, 0.00164, 0.001179, 0.003066, 0.00124, 0.007375, 0.001449, 0.000639, 0.000271, 0.000852, 0.005712, 0.000651, 2e-05, 0.001381, 0.001253, 0.003285]
165	51	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.1356, 0.138, 0.1272, 0.1212, 0.1436, 0.1396, 0.0996], "mae": [15.344, 15.1656, 13.8728, 12.8436, 10.7828, 10.4144, 10.1648, 11.836], "mse": [486.4056, 519.948, 443.3616, 364.0036, 267.434, 251.2728, 241.7568, 335.8184]}
166	51	run	2
167	5	worker	"vm:23990"
168	4	val_accuracy	0.1272
169	4	val_mae	10.058
170	4	val_mse	237.8796
171	4	test_accuracy	0.132
172	4	test_mae	10.2236
173	4	test_mse	273.9164
174	4	seconds	76.086
175	4	device	"cpu"
176	4	best_epoch	8
177	4	epochs	8
417	66	val_mae	9.594
418	66	val_mse	213.3028
419	66	test_accuracy	0.1084
420	66	test_mae	9.6928
421	66	test_mse	232.6408
422	66	seconds	103.669
423	66	device	"cpu"
178	4	mean_distribution	[0.044182, 0.017309, 0.00808, 0.004713, 0.006631, 0.003755, 0.004008, 0.00713, 0.008122, 0.005443, 0.000493, 0.003914, 0.003088, 0.005158, 0.002212, 0.006481, 0.007468, 0.006386, 0.003028, 0.006959, 0.016441, 0.012429, 0.016917, 0.024922, 0.039036, 0.099609, 0.021666, 0.029236, 0.016433, 0.070624, 0.013199, 0.028042, 0.009509, 0.02588, 0.029982, 0.016933, 0.008246, 0.017154, 0.009305, 0.018879, 0.005181, 0.007608, 0.003795, 0.00347, 0.01158, 0.006943, 0.010977, 0.005074, 0.005784, 0.017588, 0.008299, 0.025249, 0.012519, 0.021111, 0.009794, 0.014063, 0.004608, 0.016399, 0.002929, 0.01643, 0.004442, 0.004294, 0.005965, 0.002096, 0.021264, 0.005413, 0.003895, 0.004024, 0.000461, 0.01101, 0.002526, 0.003169, 0.001231, 0.00314, 0.005597, 0.001073, 0.001089, 0.004035, 0.000762, 0.00883, 0.000649, 0.000387, 0.000152, 0.000424, 0.010648, 0.000244, 5e-06, 0.000884, 0.000687, 0.003201]
179	4	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0952, 0.1328, 0.1372, 0.1364, 0.1412, 0.1476, 0.134, 0.1272], "mae": [20.0264, 15.4532, 14.2844, 13.7992, 11.9644, 10.8968, 11.252, 10.058], "mse": [776.6928, 533.8852, 466.49, 445.8728, 334.6324, 285.3848, 311.4864, 237.8796]}
180	52	worker	"vm:23989"
181	52	val_accuracy	0.1272
182	52	val_mae	10.058
183	52	val_mse	237.8796
184	52	test_accuracy	0.132
185	52	test_mae	10.2236
186	52	test_mse	273.9164
187	52	seconds	76.086
188	52	device	"cpu"
189	52	best_epoch	8
190	52	epochs	8
191	52	mean_distribution	[0.044182, 0.017309, 0.00808, 0.004713, 0.006631, 0.003755, 0.004008, 0.00713, 0.008122, 0.005443, 0.000493, 0.003914, 0.003088, 0.005158, 0.002212, 0.006481, 0.007468, 0.006386, 0.003028, 0.006959, 0.016441, 0.012429, 0.016917, 0.024922, 0.039036, 0.099609, 0.021666, 0.029236, 0.016433, 0.070624, 0.013199, 0.028042, 0.009509, 0.02588, 0.029982, 0.016933, 0.008246, 0.017154, 0.009305, 0.018879, 0.005181, 0.007608, 0.003795, 0.00347, 0.01158, 0.006943, 0.010977, 0.005074, 0.005784, 0.017588, 0.008299, 0.025249, 0.012519, 0.021111, 0.009794, 0.014063, 0.004608, 0.016399, 0.002929, 0.01643, 0.004442, 0.004294, 0.005965, 0.002096, 0.021264, 0.005413, 0.003895, 0.004024, 0.000461, 0.01101, 0.002526, 0.003169, 0.001231, 0.00314, 0.005597, 0.001073, 0.001089, 0.004035, 0.000762, 0.00883, 0.000649, 0.000387, 0.000152, 0.000424, 0.010648, 0.000244, 5e-06, 0.000884, 0.000687, 0.003201]
192	52	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0952, 0.1328, 0.1372, 0.1364, 0.1412, 0.1476, 0.134, 0.1272], "mae": [20.0264, 15.4532, 14.2844, 13.7992, 11.9644, 10.8968, 11.252, 10.058], "mse": [776.6928, 533.8852, 466.49, 445.8728, 334.6324, 285.3848, 311.4864, 237.8796]}
193	52	run	3
194	53	worker	"vm:23989"
195	53	val_accuracy	0.1272
196	53	val_mae	10.058
197	53	val_mse	237.8796
198	53	test_accuracy	0.132
199	53	test_mae	10.2236
200	53	test_mse	273.9164
201	53	seconds	76.086
202	53	device	"cpu"
203	53	best_epoch	8
204	53	epochs	8
205	53	mean_distribution	[0.044182, 0.017309, 0.00808, 0.004713, 0.006631, 0.003755, 0.004008, 0.00713, 0.008122, 0.005443, 0.000493, 0.003914, 0.003088, 0.005158, 0.002212, 0.006481, 0.007468, 0.006386, 0.003028, 0.006959, 0.016441, 0.012429, 0.016917, 0.024922, 0.039036, 0.099609, 0.021666, 0.029236, 0.016433, 0.070624, 0.013199, 0.028042, 0.009509, 0.02588, 0.029982, 0.016933, 0.008246, 0.017154, 0.009305, 0.018879, 0.005181, 0.007608, 0.003795, 0.00347, 0.01158, 0.006943, 0.010977, 0.005074, 0.005784, 0.017588, 0.008299, 0.025249, 0.012519, 0.021111, 0.009794, 0.014063, 0.004608, 0.016399, 0.002929, 0.01643, 0.004442, 0.004294, 0.005965, 0.002096, 0.021264, 0.005413, 0.003895, 0.004024, 0.000461, 0.01101, 0.002526, 0.003169, 0.001231, 0.00314, 0.005597, 0.001073, 0.001089, 0.004035, 0.000762, 0.00883, 0.000649, 0.000387, 0.000152, 0.000424, 0.010648, 0.000244, 5e-06, 0.000884, 0.000687, 0.003201]
206	53	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0952, 0.1328, 0.1372, 0.1364, 0.1412, 0.1476, 0.134, 0.1272], "mae": [20.0264, 15.4532, 14.2844, 13.7992, 11.9644, 10.8968, 11.252, 10.058], "mse": [776.6928, 533.8852, 466.49, 445.8728, 334.6324, 285.3848, 311.4864, 237.8796]}
207	53	run	3
208	54	worker	"vm:23989"
209	54	val_accuracy	0.1272
210	54	val_mae	10.058
211	54	val_mse	237.8796
212	54	test_accuracy	0.132
213	54	test_mae	10.2236
214	54	test_mse	273.9164
215	54	seconds	76.086
216	54	device	"cpu"
217	54	best_epoch	8
218	54	epochs	8
219	54	mean_distribution	[0.044182, 0.017309, 0.00808, 0.004713, 0.006631, 0.003755, 0.004008, 0.00713, 0.008122, 0.005443, 0.000493, 0.003914, 0.003088, 0.005158, 0.002212, 0.006481, 0.007468, 0.006386, 0.003028, 0.006959, 0.016441, 0.012429, 0.016917, 0.024922, 0.039036, 0.099609, 0.021666, 0.029236, 0.016433, 0.070624, 0.013199, 0.028042, 0.009509, 0.02588, 0.029982, 0.016933, 0.008246, 0.017154, 0.009305, 0.018879, 0.005181, 0.007608, 0.003795, 0.00347, 0.01158, 0.006943, 0.010977, 0.005074, 0.005784, 0.017588, 0.008299, 0.025249, 0.012519, 0.021111, 0.009794, 0.014063, 0.004608, 0.016399, 0.002929, 0.01643, 0.004442, 0.004294, 0.005965, 0.002096, 0.021264, 0.005413, 0.003895, 0.004024, 0.000461, 0.01101, 0.002526, 0.003169, 0.001231, 0.00314, 0.005597, 0.001073, 0.001089, 0.004035, 0.000762, 0.00883, 0.000649, 0.000387, 0.000152, 0.000424, 0.010648, 0.000244, 5e-06, 0.000884, 0.000687, 0.003201]
220	54	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0952, 0.1328, 0.1372, 0.1364, 0.1412, 0.1476, 0.134, 0.1272], "mae": [20.0264, 15.4532, 14.2844, 13.7992, 11.9644, 10.8968, 11.252, 10.058], "mse": [776.6928, 533.8852, 466.49, 445.8728, 334.6324, 285.3848, 311.4864, 237.8796]}
221	54	run	3
222	6	worker	"vm:23989"
223	5	val_accuracy	0.106
224	5	val_mae	9.6848
225	5	val_mse	216.8104
226	5	test_accuracy	0.104
227	5	test_mae	9.582
228	5	test_mse	219.826
229	5	seconds	90.13
230	5	device	"cpu"
231	5	best_epoch	8
232	5	epochs	8
424	66	best_epoch	8
425	66	epochs	8
1161	108	val_mae	9.3636
1162	108	val_mse	209.7036
1163	108	test_accuracy	0.118
1164	108	test_mae	9.1148
1165	108	test_mse	211.3532
1166	108	seconds	90.231
233	5	mean_distribution	[0.022089, 0.014837, 0.012983, 0.023153, 0.012735, 0.003867, 0.007241, 0.007221, 0.009014, 0.007394, 0.001437, 0.0058, 0.002765, 0.006801, 0.004685, 0.011742, 0.005276, 0.009647, 0.003857, 0.008677, 0.010546, 0.022552, 0.010035, 0.021209, 0.028473, 0.069983, 0.022093, 0.023928, 0.021507, 0.065629, 0.012636, 0.038092, 0.012688, 0.020544, 0.02264, 0.02537, 0.009221, 0.031891, 0.012556, 0.015111, 0.005105, 0.008169, 0.007531, 0.003386, 0.024607, 0.00841, 0.008152, 0.007032, 0.007386, 0.026278, 0.009397, 0.011373, 0.009352, 0.019454, 0.008672, 0.013445, 0.005782, 0.01642, 0.002809, 0.009145, 0.005775, 0.003854, 0.005961, 0.002033, 0.021028, 0.004504, 0.004784, 0.004749, 0.000429, 0.008273, 0.002889, 0.003438, 0.00156, 0.002989, 0.005214, 0.00118, 0.001306, 0.003155, 0.00141, 0.007438, 0.000823, 0.000499, 0.000119, 0.000378, 0.010527, 0.000368, 5e-06, 0.000782, 0.000743, 0.003956]
234	5	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1144, 0.1276, 0.14, 0.1436, 0.1364, 0.1316, 0.114, 0.106], "mae": [18.6648, 16.408, 14.1864, 11.8224, 11.6056, 11.3196, 9.764, 9.6848], "mse": [697.0056, 587.4496, 450.6832, 316.52, 332.4136, 295.6668, 224.0664, 216.8104]}
235	55	worker	"vm:23990"
236	55	val_accuracy	0.106
237	55	val_mae	9.6848
238	55	val_mse	216.8104
239	55	test_accuracy	0.104
240	55	test_mae	9.582
241	55	test_mse	219.826
242	55	seconds	90.13
243	55	device	"cpu"
244	55	best_epoch	8
245	55	epochs	8
246	55	mean_distribution	[0.022089, 0.014837, 0.012983, 0.023153, 0.012735, 0.003867, 0.007241, 0.007221, 0.009014, 0.007394, 0.001437, 0.0058, 0.002765, 0.006801, 0.004685, 0.011742, 0.005276, 0.009647, 0.003857, 0.008677, 0.010546, 0.022552, 0.010035, 0.021209, 0.028473, 0.069983, 0.022093, 0.023928, 0.021507, 0.065629, 0.012636, 0.038092, 0.012688, 0.020544, 0.02264, 0.02537, 0.009221, 0.031891, 0.012556, 0.015111, 0.005105, 0.008169, 0.007531, 0.003386, 0.024607, 0.00841, 0.008152, 0.007032, 0.007386, 0.026278, 0.009397, 0.011373, 0.009352, 0.019454, 0.008672, 0.013445, 0.005782, 0.01642, 0.002809, 0.009145, 0.005775, 0.003854, 0.005961, 0.002033, 0.021028, 0.004504, 0.004784, 0.004749, 0.000429, 0.008273, 0.002889, 0.003438, 0.00156, 0.002989, 0.005214, 0.00118, 0.001306, 0.003155, 0.00141, 0.007438, 0.000823, 0.000499, 0.000119, 0.000378, 0.010527, 0.000368, 5e-06, 0.000782, 0.000743, 0.003956]
247	55	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1144, 0.1276, 0.14, 0.1436, 0.1364, 0.1316, 0.114, 0.106], "mae": [18.6648, 16.408, 14.1864, 11.8224, 11.6056, 11.3196, 9.764, 9.6848], "mse": [697.0056, 587.4496, 450.6832, 316.52, 332.4136, 295.6668, 224.0664, 216.8104]}
248	55	run	4
249	56	worker	"vm:23990"
250	56	val_accuracy	0.106
251	56	val_mae	9.6848
252	56	val_mse	216.8104
253	56	test_accuracy	0.104
254	56	test_mae	9.582
255	56	test_mse	219.826
256	56	seconds	90.13
257	56	device	"cpu"
258	56	best_epoch	8
259	56	epochs	8
260	56	mean_distribution	[0.022089, 0.014837, 0.012983, 0.023153, 0.012735, 0.003867, 0.007241, 0.007221, 0.009014, 0.007394, 0.001437, 0.0058, 0.002765, 0.006801, 0.004685, 0.011742, 0.005276, 0.009647, 0.003857, 0.008677, 0.010546, 0.022552, 0.010035, 0.021209, 0.028473, 0.069983, 0.022093, 0.023928, 0.021507, 0.065629, 0.012636, 0.038092, 0.012688, 0.020544, 0.02264, 0.02537, 0.009221, 0.031891, 0.012556, 0.015111, 0.005105, 0.008169, 0.007531, 0.003386, 0.024607, 0.00841, 0.008152, 0.007032, 0.007386, 0.026278, 0.009397, 0.011373, 0.009352, 0.019454, 0.008672, 0.013445, 0.005782, 0.01642, 0.002809, 0.009145, 0.005775, 0.003854, 0.005961, 0.002033, 0.021028, 0.004504, 0.004784, 0.004749, 0.000429, 0.008273, 0.002889, 0.003438, 0.00156, 0.002989, 0.005214, 0.00118, 0.001306, 0.003155, 0.00141, 0.007438, 0.000823, 0.000499, 0.000119, 0.000378, 0.010527, 0.000368, 5e-06, 0.000782, 0.000743, 0.003956]
261	56	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1144, 0.1276, 0.14, 0.1436, 0.1364, 0.1316, 0.114, 0.106], "mae": [18.6648, 16.408, 14.1864, 11.8224, 11.6056, 11.3196, 9.764, 9.6848], "mse": [697.0056, 587.4496, 450.6832, 316.52, 332.4136, 295.6668, 224.0664, 216.8104]}
262	56	run	4
263	57	worker	"vm:23990"
264	57	val_accuracy	0.106
265	57	val_mae	9.6848
266	57	val_mse	216.8104
267	57	test_accuracy	0.104
268	57	test_mae	9.582
269	57	test_mse	219.826
270	57	seconds	90.13
271	57	device	"cpu"
272	57	best_epoch	8
273	57	epochs	8
274	57	mean_distribution	[0.022089, 0.014837, 0.012983, 0.023153, 0.012735, 0.003867, 0.007241, 0.007221, 0.009014, 0.007394, 0.001437, 0.0058, 0.002765, 0.006801, 0.004685, 0.011742, 0.005276, 0.009647, 0.003857, 0.008677, 0.010546, 0.022552, 0.010035, 0.021209, 0.028473, 0.069983, 0.022093, 0.023928, 0.021507, 0.065629, 0.012636, 0.038092, 0.012688, 0.020544, 0.02264, 0.02537, 0.009221, 0.031891, 0.012556, 0.015111, 0.005105, 0.008169, 0.007531, 0.003386, 0.024607, 0.00841, 0.008152, 0.007032, 0.007386, 0.026278, 0.009397, 0.011373, 0.009352, 0.019454, 0.008672, 0.013445, 0.005782, 0.01642, 0.002809, 0.009145, 0.005775, 0.003854, 0.005961, 0.002033, 0.021028, 0.004504, 0.004784, 0.004749, 0.000429, 0.008273, 0.002889, 0.003438, 0.00156, 0.002989, 0.005214, 0.00118, 0.001306, 0.003155, 0.00141, 0.007438, 0.000823, 0.000499, 0.000119, 0.000378, 0.010527, 0.000368, 5e-06, 0.000782, 0.000743, 0.003956]
275	57	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1144, 0.1276, 0.14, 0.1436, 0.1364, 0.1316, 0.114, 0.106], "mae": [18.6648, 16.408, 14.1864, 11.8224, 11.6056, 11.3196, 9.764, 9.6848], "mse": [697.0056, 587.4496, 450.6832, 316.52, 332.4136, 295.6668, 224.0664, 216.8104]}
276	57	run	4
277	7	worker	"vm:23990"
278	6	val_accuracy	0.1248
279	6	val_mae	9.6988
280	6	val_mse	223.4148
281	6	test_accuracy	0.1344
282	6	test_mae	9.6592
283	6	test_mse	233.5664
284	6	seconds	86.935
285	6	device	"cpu"
286	6	best_epoch	6
287	6	epochs	8
706	82	val_accuracy_mean	0.12473333333333335
707	82	val_accuracy_std	0.014208542031702855
708	82	val_mae_mean	9.641133333333334
709	82	val_mae_std	0.48713769169164756
710	82	val_mse_mean	214.70326666666665
711	82	val_mse_std	19.70497833611259
712	82	test_accuracy_mean	0.1298
288	6	mean_distribution	[0.038087, 0.010928, 0.018593, 0.014044, 0.01216, 0.004753, 0.006356, 0.014792, 0.012118, 0.004006, 0.001065, 0.006237, 0.004767, 0.007917, 0.003275, 0.011926, 0.010334, 0.008124, 0.005809, 0.020839, 0.00634, 0.016352, 0.018741, 0.034298, 0.049298, 0.077345, 0.0161, 0.024618, 0.024198, 0.029079, 0.018165, 0.040804, 0.009206, 0.031417, 0.027584, 0.017505, 0.010614, 0.016119, 0.00766, 0.017275, 0.00811, 0.006738, 0.007065, 0.004837, 0.022084, 0.00907, 0.007356, 0.003492, 0.008048, 0.021415, 0.007699, 0.013673, 0.009127, 0.017702, 0.005808, 0.010347, 0.003452, 0.010389, 0.003496, 0.013998, 0.005467, 0.004181, 0.005164, 0.003081, 0.011731, 0.00433, 0.006032, 0.004141, 0.000288, 0.006344, 0.003155, 0.003692, 0.001647, 0.002205, 0.005734, 0.001418, 0.001556, 0.004225, 0.000968, 0.006184, 0.00097, 0.000578, 0.000253, 0.000602, 0.006923, 0.000521, 5.3e-05, 0.000919, 0.00074, 0.004145]
289	6	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1288, 0.1124, 0.1344, 0.1472, 0.1248, 0.1252, 0.1144], "mae": [16.2344, 14.3116, 13.3868, 11.1076, 10.6276, 9.6988, 10.0152, 10.2028], "mse": [560.0056, 458.5444, 397.9244, 283.7276, 260.7892, 223.4148, 232.3136, 252.4692]}
290	58	worker	"vm:23989"
291	58	val_accuracy	0.1248
292	58	val_mae	9.6988
293	58	val_mse	223.4148
294	58	test_accuracy	0.1344
295	58	test_mae	9.6592
296	58	test_mse	233.5664
297	58	seconds	86.935
298	58	device	"cpu"
299	58	best_epoch	6
300	58	epochs	8
301	58	mean_distribution	[0.038087, 0.010928, 0.018593, 0.014044, 0.01216, 0.004753, 0.006356, 0.014792, 0.012118, 0.004006, 0.001065, 0.006237, 0.004767, 0.007917, 0.003275, 0.011926, 0.010334, 0.008124, 0.005809, 0.020839, 0.00634, 0.016352, 0.018741, 0.034298, 0.049298, 0.077345, 0.0161, 0.024618, 0.024198, 0.029079, 0.018165, 0.040804, 0.009206, 0.031417, 0.027584, 0.017505, 0.010614, 0.016119, 0.00766, 0.017275, 0.00811, 0.006738, 0.007065, 0.004837, 0.022084, 0.00907, 0.007356, 0.003492, 0.008048, 0.021415, 0.007699, 0.013673, 0.009127, 0.017702, 0.005808, 0.010347, 0.003452, 0.010389, 0.003496, 0.013998, 0.005467, 0.004181, 0.005164, 0.003081, 0.011731, 0.00433, 0.006032, 0.004141, 0.000288, 0.006344, 0.003155, 0.003692, 0.001647, 0.002205, 0.005734, 0.001418, 0.001556, 0.004225, 0.000968, 0.006184, 0.00097, 0.000578, 0.000253, 0.000602, 0.006923, 0.000521, 5.3e-05, 0.000919, 0.00074, 0.004145]
302	58	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1288, 0.1124, 0.1344, 0.1472, 0.1248, 0.1252, 0.1144], "mae": [16.2344, 14.3116, 13.3868, 11.1076, 10.6276, 9.6988, 10.0152, 10.2028], "mse": [560.0056, 458.5444, 397.9244, 283.7276, 260.7892, 223.4148, 232.3136, 252.4692]}
303	58	run	5
304	59	n	6
305	59	seeds	[0, 1, 2, 3, 4, 5]
306	59	val_accuracy_mean	0.12893333333333332
307	59	val_accuracy_std	0.013622726109948283
308	59	val_mae_mean	10.089733333333333
309	59	val_mae_std	0.34924473176651716
310	59	val_mse_mean	238.0533333333333
311	59	val_mse_std	15.52708516968548
312	59	test_accuracy_mean	0.1302
313	59	test_accuracy_std	0.014377204178838109
314	59	test_mae_mean	10.0158
315	59	test_mae_std	0.31579322348650835
316	59	test_mse_mean	251.37526666666668
317	59	test_mse_std	20.90292464653372
318	60	worker	"vm:23989"
319	60	val_accuracy	0.1248
320	60	val_mae	9.6988
321	60	val_mse	223.4148
322	60	test_accuracy	0.1344
323	60	test_mae	9.6592
324	60	test_mse	233.5664
325	60	seconds	86.935
326	60	device	"cpu"
327	60	best_epoch	6
328	60	epochs	8
329	60	mean_distribution	[0.038087, 0.010928, 0.018593, 0.014044, 0.01216, 0.004753, 0.006356, 0.014792, 0.012118, 0.004006, 0.001065, 0.006237, 0.004767, 0.007917, 0.003275, 0.011926, 0.010334, 0.008124, 0.005809, 0.020839, 0.00634, 0.016352, 0.018741, 0.034298, 0.049298, 0.077345, 0.0161, 0.024618, 0.024198, 0.029079, 0.018165, 0.040804, 0.009206, 0.031417, 0.027584, 0.017505, 0.010614, 0.016119, 0.00766, 0.017275, 0.00811, 0.006738, 0.007065, 0.004837, 0.022084, 0.00907, 0.007356, 0.003492, 0.008048, 0.021415, 0.007699, 0.013673, 0.009127, 0.017702, 0.005808, 0.010347, 0.003452, 0.010389, 0.003496, 0.013998, 0.005467, 0.004181, 0.005164, 0.003081, 0.011731, 0.00433, 0.006032, 0.004141, 0.000288, 0.006344, 0.003155, 0.003692, 0.001647, 0.002205, 0.005734, 0.001418, 0.001556, 0.004225, 0.000968, 0.006184, 0.00097, 0.000578, 0.000253, 0.000602, 0.006923, 0.000521, 5.3e-05, 0.000919, 0.00074, 0.004145]
330	60	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1288, 0.1124, 0.1344, 0.1472, 0.1248, 0.1252, 0.1144], "mae": [16.2344, 14.3116, 13.3868, 11.1076, 10.6276, 9.6988, 10.0152, 10.2028], "mse": [560.0056, 458.5444, 397.9244, 283.7276, 260.7892, 223.4148, 232.3136, 252.4692]}
331	60	run	5
332	61	n	6
333	61	seeds	[0, 1, 2, 3, 4, 5]
334	61	val_accuracy_mean	0.12893333333333332
335	61	val_accuracy_std	0.013622726109948283
336	61	val_mae_mean	10.089733333333333
337	61	val_mae_std	0.34924473176651716
338	61	val_mse_mean	238.0533333333333
339	61	val_mse_std	15.52708516968548
340	61	test_accuracy_mean	0.1302
341	61	test_accuracy_std	0.014377204178838109
342	61	test_mae_mean	10.0158
343	61	test_mae_std	0.31579322348650835
344	61	test_mse_mean	251.37526666666668
345	61	test_mse_std	20.90292464653372
346	62	worker	"vm:23989"
347	62	val_accuracy	0.1248
348	62	val_mae	9.6988
349	62	val_mse	223.4148
350	62	test_accuracy	0.1344
351	62	test_mae	9.6592
352	62	test_mse	233.5664
353	62	seconds	86.935
354	62	device	"cpu"
355	62	best_epoch	6
356	62	epochs	8
713	82	test_accuracy_std	0.014410551689647418
714	82	test_mae_mean	9.709733333333332
715	82	test_mae_std	0.3343296257687413
716	82	test_mse_mean	232.67133333333334
717	82	test_mse_std	11.836090669924198
718	83	worker	"vm:23989"
357	62	mean_distribution	[0.038087, 0.010928, 0.018593, 0.014044, 0.01216, 0.004753, 0.006356, 0.014792, 0.012118, 0.004006, 0.001065, 0.006237, 0.004767, 0.007917, 0.003275, 0.011926, 0.010334, 0.008124, 0.005809, 0.020839, 0.00634, 0.016352, 0.018741, 0.034298, 0.049298, 0.077345, 0.0161, 0.024618, 0.024198, 0.029079, 0.018165, 0.040804, 0.009206, 0.031417, 0.027584, 0.017505, 0.010614, 0.016119, 0.00766, 0.017275, 0.00811, 0.006738, 0.007065, 0.004837, 0.022084, 0.00907, 0.007356, 0.003492, 0.008048, 0.021415, 0.007699, 0.013673, 0.009127, 0.017702, 0.005808, 0.010347, 0.003452, 0.010389, 0.003496, 0.013998, 0.005467, 0.004181, 0.005164, 0.003081, 0.011731, 0.00433, 0.006032, 0.004141, 0.000288, 0.006344, 0.003155, 0.003692, 0.001647, 0.002205, 0.005734, 0.001418, 0.001556, 0.004225, 0.000968, 0.006184, 0.00097, 0.000578, 0.000253, 0.000602, 0.006923, 0.000521, 5.3e-05, 0.000919, 0.00074, 0.004145]
358	62	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1288, 0.1124, 0.1344, 0.1472, 0.1248, 0.1252, 0.1144], "mae": [16.2344, 14.3116, 13.3868, 11.1076, 10.6276, 9.6988, 10.0152, 10.2028], "mse": [560.0056, 458.5444, 397.9244, 283.7276, 260.7892, 223.4148, 232.3136, 252.4692]}
359	62	run	5
360	63	n	6
361	63	seeds	[0, 1, 2, 3, 4, 5]
362	63	val_accuracy_mean	0.12893333333333332
363	63	val_accuracy_std	0.013622726109948283
364	63	val_mae_mean	10.089733333333333
365	63	val_mae_std	0.34924473176651716
366	63	val_mse_mean	238.0533333333333
367	63	val_mse_std	15.52708516968548
368	63	test_accuracy_mean	0.1302
369	63	test_accuracy_std	0.014377204178838109
370	63	test_mae_mean	10.0158
371	63	test_mae_std	0.31579322348650835
372	63	test_mse_mean	251.37526666666668
373	63	test_mse_std	20.90292464653372
374	8	worker	"vm:23989"
375	7	val_accuracy	0.1072
376	7	val_mae	9.594
377	7	val_mse	213.3028
378	7	test_accuracy	0.1084
379	7	test_mae	9.6928
380	7	test_mse	232.6408
381	7	seconds	103.669
382	7	device	"cpu"
383	7	best_epoch	8
384	7	epochs	8
385	7	mean_distribution	[0.040355, 0.024327, 6.9e-05, 0.015205, 0.010481, 0.000198, 7.9e-05, 0.026136, 0.002581, 0.014529, 2.9e-05, 0.003131, 0.006195, 0.000685, 0.000191, 0.021134, 0.001221, 0.010725, 0.000181, 0.001117, 0.059328, 0.000157, 0.002652, 0.077298, 0.003953, 0.075648, 0.0003, 0.090875, 0.000652, 0.074668, 0.004534, 0.035446, 0.000185, 0.017346, 0.053083, 0.014291, 0.000558, 0.025122, 0.005305, 0.02736, 0.000264, 0.013143, 0.001037, 0.000262, 0.027629, 0.001796, 0.014786, 0.002009, 0.000586, 0.045089, 0.000546, 0.009018, 0.008526, 0.018375, 0.002291, 0.009672, 0.001491, 0.010453, 0.000483, 0.010691, 0.003234, 0.004116, 0.003586, 0.002349, 0.009061, 0.002284, 0.002926, 0.003923, 0.000136, 0.006418, 0.00269, 0.002589, 0.00084, 0.002414, 0.007354, 0.00096, 0.000904, 0.002206, 0.000251, 0.007609, 7.5e-05, 0.000447, 0.000128, 0.000303, 0.003984, 0.000196, 6.9e-05, 0.000168, 0.000749, 0.002553]
386	7	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0988, 0.1056, 0.1432, 0.1368, 0.1364, 0.1384, 0.1388, 0.1072], "mae": [15.5392, 15.2628, 12.44, 11.742, 11.5512, 10.5432, 9.9808, 9.594], "mse": [514.7376, 528.8588, 358.2768, 332.5436, 313.8104, 256.8976, 230.4472, 213.3028]}
387	64	worker	"vm:23990"
388	64	val_accuracy	0.1072
389	64	val_mae	9.594
390	64	val_mse	213.3028
391	64	test_accuracy	0.1084
392	64	test_mae	9.6928
393	64	test_mse	232.6408
394	64	seconds	103.669
395	64	device	"cpu"
396	64	best_epoch	8
397	64	epochs	8
398	64	mean_distribution	[0.040355, 0.024327, 6.9e-05, 0.015205, 0.010481, 0.000198, 7.9e-05, 0.026136, 0.002581, 0.014529, 2.9e-05, 0.003131, 0.006195, 0.000685, 0.000191, 0.021134, 0.001221, 0.010725, 0.000181, 0.001117, 0.059328, 0.000157, 0.002652, 0.077298, 0.003953, 0.075648, 0.0003, 0.090875, 0.000652, 0.074668, 0.004534, 0.035446, 0.000185, 0.017346, 0.053083, 0.014291, 0.000558, 0.025122, 0.005305, 0.02736, 0.000264, 0.013143, 0.001037, 0.000262, 0.027629, 0.001796, 0.014786, 0.002009, 0.000586, 0.045089, 0.000546, 0.009018, 0.008526, 0.018375, 0.002291, 0.009672, 0.001491, 0.010453, 0.000483, 0.010691, 0.003234, 0.004116, 0.003586, 0.002349, 0.009061, 0.002284, 0.002926, 0.003923, 0.000136, 0.006418, 0.00269, 0.002589, 0.00084, 0.002414, 0.007354, 0.00096, 0.000904, 0.002206, 0.000251, 0.007609, 7.5e-05, 0.000447, 0.000128, 0.000303, 0.003984, 0.000196, 6.9e-05, 0.000168, 0.000749, 0.002553]
399	64	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0988, 0.1056, 0.1432, 0.1368, 0.1364, 0.1384, 0.1388, 0.1072], "mae": [15.5392, 15.2628, 12.44, 11.742, 11.5512, 10.5432, 9.9808, 9.594], "mse": [514.7376, 528.8588, 358.2768, 332.5436, 313.8104, 256.8976, 230.4472, 213.3028]}
400	64	run	6
401	65	worker	"vm:23990"
402	65	val_accuracy	0.1072
403	65	val_mae	9.594
404	65	val_mse	213.3028
405	65	test_accuracy	0.1084
406	65	test_mae	9.6928
407	65	test_mse	232.6408
408	65	seconds	103.669
409	65	device	"cpu"
410	65	best_epoch	8
411	65	epochs	8
412	65	mean_distribution	[0.040355, 0.024327, 6.9e-05, 0.015205, 0.010481, 0.000198, 7.9e-05, 0.026136, 0.002581, 0.014529, 2.9e-05, 0.003131, 0.006195, 0.000685, 0.000191, 0.021134, 0.001221, 0.010725, 0.000181, 0.001117, 0.059328, 0.000157, 0.002652, 0.077298, 0.003953, 0.075648, 0.0003, 0.090875, 0.000652, 0.074668, 0.004534, 0.035446, 0.000185, 0.017346, 0.053083, 0.014291, 0.000558, 0.025122, 0.005305, 0.02736, 0.000264, 0.013143, 0.001037, 0.000262, 0.027629, 0.001796, 0.014786, 0.002009, 0.000586, 0.045089, 0.000546, 0.009018, 0.008526, 0.018375, 0.002291, 0.009672, 0.001491, 0.010453, 0.000483, 0.010691, 0.003234, 0.004116, 0.003586, 0.002349, 0.009061, 0.002284, 0.002926, 0.003923, 0.000136, 0.006418, 0.00269, 0.002589, 0.00084, 0.002414, 0.007354, 0.00096, 0.000904, 0.002206, 0.000251, 0.007609, 7.5e-05, 0.000447, 0.000128, 0.000303, 0.003984, 0.000196, 6.9e-05, 0.000168, 0.000749, 0.002553]
413	65	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0988, 0.1056, 0.1432, 0.1368, 0.1364, 0.1384, 0.1388, 0.1072], "mae": [15.5392, 15.2628, 12.44, 11.742, 11.5512, 10.5432, 9.9808, 9.594], "mse": [514.7376, 528.8588, 358.2768, 332.5436, 313.8104, 256.8976, 230.4472, 213.3028]}
414	65	run	6
415	66	worker	"vm:23990"
426	66	mean_distribution	[0.040355, 0.024327, 6.9e-05, 0.015205, 0.010481, 0.000198, 7.9e-05, 0.026136, 0.002581, 0.014529, 2.9e-05, 0.003131, 0.006195, 0.000685, 0.000191, 0.021134, 0.001221, 0.010725, 0.000181, 0.001117, 0.059328, 0.000157, 0.002652, 0.077298, 0.003953, 0.075648, 0.0003, 0.090875, 0.000652, 0.074668, 0.004534, 0.035446, 0.000185, 0.017346, 0.053083, 0.014291, 0.000558, 0.025122, 0.005305, 0.02736, 0.000264, 0.013143, 0.001037, 0.000262, 0.027629, 0.001796, 0.014786, 0.002009, 0.000586, 0.045089, 0.000546, 0.009018, 0.008526, 0.018375, 0.002291, 0.009672, 0.001491, 0.010453, 0.000483, 0.010691, 0.003234, 0.004116, 0.003586, 0.002349, 0.009061, 0.002284, 0.002926, 0.003923, 0.000136, 0.006418, 0.00269, 0.002589, 0.00084, 0.002414, 0.007354, 0.00096, 0.000904, 0.002206, 0.000251, 0.007609, 7.5e-05, 0.000447, 0.000128, 0.000303, 0.003984, 0.000196, 6.9e-05, 0.000168, 0.000749, 0.002553]
427	66	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0988, 0.1056, 0.1432, 0.1368, 0.1364, 0.1384, 0.1388, 0.1072], "mae": [15.5392, 15.2628, 12.44, 11.742, 11.5512, 10.5432, 9.9808, 9.594], "mse": [514.7376, 528.8588, 358.2768, 332.5436, 313.8104, 256.8976, 230.4472, 213.3028]}
428	66	run	6
429	9	worker	"vm:23990"
430	8	val_accuracy	0.1272
431	8	val_mae	10.5784
432	8	val_mse	251.892
433	8	test_accuracy	0.136
434	8	test_mae	10.2776
435	8	test_mse	250.6984
436	8	seconds	104.813
437	8	device	"cpu"
438	8	best_epoch	6
439	8	epochs	8
440	8	mean_distribution	[0.034037, 0.000359, 0.000388, 0.040884, 0.000331, 0.000447, 0.003734, 0.010192, 0.007313, 0.003533, 0.00019, 0.008177, 0.002988, 0.008534, 0.000252, 0.017259, 0.01117, 0.00346, 0.000123, 0.004588, 0.017946, 0.032139, 0.000958, 0.015069, 0.032973, 0.192367, 0.000466, 0.026182, 0.00109, 0.067985, 0.012364, 0.033973, 0.000204, 0.011324, 0.061013, 0.007822, 0.001554, 0.014078, 0.006754, 0.033076, 0.00695, 0.004069, 0.000924, 0.004457, 0.035571, 0.007086, 0.007147, 0.00602, 0.004014, 0.040837, 0.001456, 0.007292, 0.012817, 0.014733, 0.006376, 0.007014, 0.003525, 0.007206, 0.004303, 0.013987, 0.004798, 0.002976, 0.002259, 0.003514, 0.008856, 0.003557, 0.004422, 0.002675, 0.000458, 0.007155, 0.002391, 0.003484, 0.001732, 0.002092, 0.005156, 0.001282, 0.000871, 0.001427, 0.002441, 0.005654, 0.000698, 0.000439, 6.2e-05, 0.000486, 0.004133, 0.000247, 6.5e-05, 0.000138, 0.000437, 0.003014]
441	8	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.08, 0.1224, 0.1304, 0.1352, 0.136, 0.1272, 0.1408, 0.1352], "mae": [17.3784, 17.608, 13.5012, 11.6772, 11.924, 10.5784, 10.6496, 11.1336], "mse": [616.6632, 660.8648, 402.3764, 315.3212, 328.3488, 251.892, 260.1424, 302.4208]}
442	67	worker	"vm:23989"
443	67	val_accuracy	0.1272
444	67	val_mae	10.5784
445	67	val_mse	251.892
446	67	test_accuracy	0.136
447	67	test_mae	10.2776
448	67	test_mse	250.6984
449	67	seconds	104.813
450	67	device	"cpu"
451	67	best_epoch	6
452	67	epochs	8
453	67	mean_distribution	[0.034037, 0.000359, 0.000388, 0.040884, 0.000331, 0.000447, 0.003734, 0.010192, 0.007313, 0.003533, 0.00019, 0.008177, 0.002988, 0.008534, 0.000252, 0.017259, 0.01117, 0.00346, 0.000123, 0.004588, 0.017946, 0.032139, 0.000958, 0.015069, 0.032973, 0.192367, 0.000466, 0.026182, 0.00109, 0.067985, 0.012364, 0.033973, 0.000204, 0.011324, 0.061013, 0.007822, 0.001554, 0.014078, 0.006754, 0.033076, 0.00695, 0.004069, 0.000924, 0.004457, 0.035571, 0.007086, 0.007147, 0.00602, 0.004014, 0.040837, 0.001456, 0.007292, 0.012817, 0.014733, 0.006376, 0.007014, 0.003525, 0.007206, 0.004303, 0.013987, 0.004798, 0.002976, 0.002259, 0.003514, 0.008856, 0.003557, 0.004422, 0.002675, 0.000458, 0.007155, 0.002391, 0.003484, 0.001732, 0.002092, 0.005156, 0.001282, 0.000871, 0.001427, 0.002441, 0.005654, 0.000698, 0.000439, 6.2e-05, 0.000486, 0.004133, 0.000247, 6.5e-05, 0.000138, 0.000437, 0.003014]
454	67	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.08, 0.1224, 0.1304, 0.1352, 0.136, 0.1272, 0.1408, 0.1352], "mae": [17.3784, 17.608, 13.5012, 11.6772, 11.924, 10.5784, 10.6496, 11.1336], "mse": [616.6632, 660.8648, 402.3764, 315.3212, 328.3488, 251.892, 260.1424, 302.4208]}
455	67	run	7
456	68	worker	"vm:23989"
457	68	val_accuracy	0.1272
458	68	val_mae	10.5784
459	68	val_mse	251.892
460	68	test_accuracy	0.136
461	68	test_mae	10.2776
462	68	test_mse	250.6984
463	68	seconds	104.813
464	68	device	"cpu"
465	68	best_epoch	6
466	68	epochs	8
467	68	mean_distribution	[0.034037, 0.000359, 0.000388, 0.040884, 0.000331, 0.000447, 0.003734, 0.010192, 0.007313, 0.003533, 0.00019, 0.008177, 0.002988, 0.008534, 0.000252, 0.017259, 0.01117, 0.00346, 0.000123, 0.004588, 0.017946, 0.032139, 0.000958, 0.015069, 0.032973, 0.192367, 0.000466, 0.026182, 0.00109, 0.067985, 0.012364, 0.033973, 0.000204, 0.011324, 0.061013, 0.007822, 0.001554, 0.014078, 0.006754, 0.033076, 0.00695, 0.004069, 0.000924, 0.004457, 0.035571, 0.007086, 0.007147, 0.00602, 0.004014, 0.040837, 0.001456, 0.007292, 0.012817, 0.014733, 0.006376, 0.007014, 0.003525, 0.007206, 0.004303, 0.013987, 0.004798, 0.002976, 0.002259, 0.003514, 0.008856, 0.003557, 0.004422, 0.002675, 0.000458, 0.007155, 0.002391, 0.003484, 0.001732, 0.002092, 0.005156, 0.001282, 0.000871, 0.001427, 0.002441, 0.005654, 0.000698, 0.000439, 6.2e-05, 0.000486, 0.004133, 0.000247, 6.5e-05, 0.000138, 0.000437, 0.003014]
468	68	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.08, 0.1224, 0.1304, 0.1352, 0.136, 0.1272, 0.1408, 0.1352], "mae": [17.3784, 17.608, 13.5012, 11.6772, 11.924, 10.5784, 10.6496, 11.1336], "mse": [616.6632, 660.8648, 402.3764, 315.3212, 328.3488, 251.892, 260.1424, 302.4208]}
469	68	run	7
470	69	worker	"vm:23989"
471	69	val_accuracy	0.1272
472	69	val_mae	10.5784
473	69	val_mse	251.892
474	69	test_accuracy	0.136
475	69	test_mae	10.2776
476	69	test_mse	250.6984
477	69	seconds	104.813
478	69	device	"cpu"
479	69	best_epoch	6
480	69	epochs	8
719	83	val_accuracy	0.1296
720	83	val_mae	9.3756
721	83	val_mse	196.0748
722	83	test_accuracy	0.1384
723	83	test_mae	9.3896
724	83	test_mse	216.6752
725	83	seconds	91.391
481	69	mean_distribution	[0.034037, 0.000359, 0.000388, 0.040884, 0.000331, 0.000447, 0.003734, 0.010192, 0.007313, 0.003533, 0.00019, 0.008177, 0.002988, 0.008534, 0.000252, 0.017259, 0.01117, 0.00346, 0.000123, 0.004588, 0.017946, 0.032139, 0.000958, 0.015069, 0.032973, 0.192367, 0.000466, 0.026182, 0.00109, 0.067985, 0.012364, 0.033973, 0.000204, 0.011324, 0.061013, 0.007822, 0.001554, 0.014078, 0.006754, 0.033076, 0.00695, 0.004069, 0.000924, 0.004457, 0.035571, 0.007086, 0.007147, 0.00602, 0.004014, 0.040837, 0.001456, 0.007292, 0.012817, 0.014733, 0.006376, 0.007014, 0.003525, 0.007206, 0.004303, 0.013987, 0.004798, 0.002976, 0.002259, 0.003514, 0.008856, 0.003557, 0.004422, 0.002675, 0.000458, 0.007155, 0.002391, 0.003484, 0.001732, 0.002092, 0.005156, 0.001282, 0.000871, 0.001427, 0.002441, 0.005654, 0.000698, 0.000439, 6.2e-05, 0.000486, 0.004133, 0.000247, 6.5e-05, 0.000138, 0.000437, 0.003014]
482	69	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.08, 0.1224, 0.1304, 0.1352, 0.136, 0.1272, 0.1408, 0.1352], "mae": [17.3784, 17.608, 13.5012, 11.6772, 11.924, 10.5784, 10.6496, 11.1336], "mse": [616.6632, 660.8648, 402.3764, 315.3212, 328.3488, 251.892, 260.1424, 302.4208]}
483	69	run	7
484	10	worker	"vm:23989"
485	9	val_accuracy	0.1368
486	9	val_mae	9.458
487	9	val_mse	207.574
488	9	test_accuracy	0.1384
489	9	test_mae	9.506
490	9	test_mse	229.0596
491	9	seconds	83.809
492	9	device	"cpu"
493	9	best_epoch	6
494	9	epochs	8
495	9	mean_distribution	[0.064414, 0.007547, 5.2e-05, 0.002685, 0.014967, 0.003894, 0.000166, 0.007907, 0.006402, 0.001957, 2.7e-05, 0.006625, 0.008926, 0.001197, 0.003024, 0.011535, 0.005583, 0.004493, 2.1e-05, 0.003105, 0.019346, 4.8e-05, 0.014609, 0.024331, 0.00669, 0.134655, 0.000448, 0.02199, 0.004229, 0.080275, 0.007135, 0.047349, 0.000187, 0.006012, 0.095355, 0.01346, 0.001758, 0.007838, 0.007985, 0.050222, 0.000294, 0.004793, 0.006295, 0.000439, 0.051808, 0.002286, 0.004723, 0.004187, 0.001814, 0.031385, 0.00671, 0.010533, 0.011205, 0.024837, 0.007936, 0.010624, 0.001394, 0.016039, 0.000991, 0.008771, 0.005475, 0.001598, 0.003564, 0.00165, 0.012362, 0.001447, 0.003477, 0.003081, 0.000331, 0.007163, 0.001321, 0.008046, 0.000522, 0.001562, 0.006464, 0.001066, 0.001156, 0.003359, 0.000565, 0.012332, 0.000205, 0.000235, 0.000117, 0.00011, 0.011877, 0.000125, 4.6e-05, 0.0007, 0.000908, 0.003627]
496	9	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0992, 0.1328, 0.1444, 0.136, 0.1344, 0.1368, 0.142, 0.1032], "mae": [15.6216, 13.26, 11.3904, 10.864, 9.6812, 9.458, 9.8032, 11.0896], "mse": [529.0704, 402.7136, 303.9624, 248.3336, 215.9292, 207.574, 226.5912, 296.8568]}
497	70	worker	"vm:23990"
498	70	val_accuracy	0.1368
499	70	val_mae	9.458
500	70	val_mse	207.574
501	70	test_accuracy	0.1384
502	70	test_mae	9.506
503	70	test_mse	229.0596
504	70	seconds	83.809
505	70	device	"cpu"
506	70	best_epoch	6
507	70	epochs	8
508	70	mean_distribution	[0.064414, 0.007547, 5.2e-05, 0.002685, 0.014967, 0.003894, 0.000166, 0.007907, 0.006402, 0.001957, 2.7e-05, 0.006625, 0.008926, 0.001197, 0.003024, 0.011535, 0.005583, 0.004493, 2.1e-05, 0.003105, 0.019346, 4.8e-05, 0.014609, 0.024331, 0.00669, 0.134655, 0.000448, 0.02199, 0.004229, 0.080275, 0.007135, 0.047349, 0.000187, 0.006012, 0.095355, 0.01346, 0.001758, 0.007838, 0.007985, 0.050222, 0.000294, 0.004793, 0.006295, 0.000439, 0.051808, 0.002286, 0.004723, 0.004187, 0.001814, 0.031385, 0.00671, 0.010533, 0.011205, 0.024837, 0.007936, 0.010624, 0.001394, 0.016039, 0.000991, 0.008771, 0.005475, 0.001598, 0.003564, 0.00165, 0.012362, 0.001447, 0.003477, 0.003081, 0.000331, 0.007163, 0.001321, 0.008046, 0.000522, 0.001562, 0.006464, 0.001066, 0.001156, 0.003359, 0.000565, 0.012332, 0.000205, 0.000235, 0.000117, 0.00011, 0.011877, 0.000125, 4.6e-05, 0.0007, 0.000908, 0.003627]
509	70	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0992, 0.1328, 0.1444, 0.136, 0.1344, 0.1368, 0.142, 0.1032], "mae": [15.6216, 13.26, 11.3904, 10.864, 9.6812, 9.458, 9.8032, 11.0896], "mse": [529.0704, 402.7136, 303.9624, 248.3336, 215.9292, 207.574, 226.5912, 296.8568]}
510	70	run	8
511	71	worker	"vm:23990"
512	71	val_accuracy	0.1368
513	71	val_mae	9.458
514	71	val_mse	207.574
515	71	test_accuracy	0.1384
516	71	test_mae	9.506
517	71	test_mse	229.0596
518	71	seconds	83.809
519	71	device	"cpu"
520	71	best_epoch	6
521	71	epochs	8
522	71	mean_distribution	[0.064414, 0.007547, 5.2e-05, 0.002685, 0.014967, 0.003894, 0.000166, 0.007907, 0.006402, 0.001957, 2.7e-05, 0.006625, 0.008926, 0.001197, 0.003024, 0.011535, 0.005583, 0.004493, 2.1e-05, 0.003105, 0.019346, 4.8e-05, 0.014609, 0.024331, 0.00669, 0.134655, 0.000448, 0.02199, 0.004229, 0.080275, 0.007135, 0.047349, 0.000187, 0.006012, 0.095355, 0.01346, 0.001758, 0.007838, 0.007985, 0.050222, 0.000294, 0.004793, 0.006295, 0.000439, 0.051808, 0.002286, 0.004723, 0.004187, 0.001814, 0.031385, 0.00671, 0.010533, 0.011205, 0.024837, 0.007936, 0.010624, 0.001394, 0.016039, 0.000991, 0.008771, 0.005475, 0.001598, 0.003564, 0.00165, 0.012362, 0.001447, 0.003477, 0.003081, 0.000331, 0.007163, 0.001321, 0.008046, 0.000522, 0.001562, 0.006464, 0.001066, 0.001156, 0.003359, 0.000565, 0.012332, 0.000205, 0.000235, 0.000117, 0.00011, 0.011877, 0.000125, 4.6e-05, 0.0007, 0.000908, 0.003627]
523	71	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0992, 0.1328, 0.1444, 0.136, 0.1344, 0.1368, 0.142, 0.1032], "mae": [15.6216, 13.26, 11.3904, 10.864, 9.6812, 9.458, 9.8032, 11.0896], "mse": [529.0704, 402.7136, 303.9624, 248.3336, 215.9292, 207.574, 226.5912, 296.8568]}
524	71	run	8
525	72	worker	"vm:23990"
526	72	val_accuracy	0.1368
527	72	val_mae	9.458
528	72	val_mse	207.574
529	72	test_accuracy	0.1384
530	72	test_mae	9.506
531	72	test_mse	229.0596
532	72	seconds	83.809
533	72	device	"cpu"
534	72	best_epoch	6
535	72	epochs	8
726	83	device	"cpu"
727	83	best_epoch	7
728	83	epochs	8
1167	108	device	"cpu"
1168	108	best_epoch	8
1169	108	epochs	8
1229	21	val_accuracy	0.1096
1230	21	val_mae	9.0752
1231	21	val_mse	178.976
536	72	mean_distribution	[0.064414, 0.007547, 5.2e-05, 0.002685, 0.014967, 0.003894, 0.000166, 0.007907, 0.006402, 0.001957, 2.7e-05, 0.006625, 0.008926, 0.001197, 0.003024, 0.011535, 0.005583, 0.004493, 2.1e-05, 0.003105, 0.019346, 4.8e-05, 0.014609, 0.024331, 0.00669, 0.134655, 0.000448, 0.02199, 0.004229, 0.080275, 0.007135, 0.047349, 0.000187, 0.006012, 0.095355, 0.01346, 0.001758, 0.007838, 0.007985, 0.050222, 0.000294, 0.004793, 0.006295, 0.000439, 0.051808, 0.002286, 0.004723, 0.004187, 0.001814, 0.031385, 0.00671, 0.010533, 0.011205, 0.024837, 0.007936, 0.010624, 0.001394, 0.016039, 0.000991, 0.008771, 0.005475, 0.001598, 0.003564, 0.00165, 0.012362, 0.001447, 0.003477, 0.003081, 0.000331, 0.007163, 0.001321, 0.008046, 0.000522, 0.001562, 0.006464, 0.001066, 0.001156, 0.003359, 0.000565, 0.012332, 0.000205, 0.000235, 0.000117, 0.00011, 0.011877, 0.000125, 4.6e-05, 0.0007, 0.000908, 0.003627]
537	72	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0992, 0.1328, 0.1444, 0.136, 0.1344, 0.1368, 0.142, 0.1032], "mae": [15.6216, 13.26, 11.3904, 10.864, 9.6812, 9.458, 9.8032, 11.0896], "mse": [529.0704, 402.7136, 303.9624, 248.3336, 215.9292, 207.574, 226.5912, 296.8568]}
538	72	run	8
539	11	worker	"vm:23990"
540	10	val_accuracy	0.14
541	10	val_mae	9.192
542	10	val_mse	202.3288
543	10	test_accuracy	0.1428
544	10	test_mae	9.482
545	10	test_mse	226.222
546	10	seconds	83.503
547	10	device	"cpu"
548	10	best_epoch	8
549	10	epochs	8
550	10	mean_distribution	[0.058952, 0.000946, 1.5e-05, 0.01936, 0.00045, 0.004073, 0.000379, 0.017149, 0.00197, 0.004267, 5.6e-05, 0.007877, 0.000314, 0.002154, 1e-05, 0.015036, 7.2e-05, 0.003841, 6e-05, 0.000507, 0.037225, 0.007946, 3.8e-05, 0.031332, 0.000817, 0.18404, 0.000356, 0.031063, 0.006977, 0.097044, 0.001101, 0.025171, 9e-05, 0.003804, 0.0738, 0.007674, 0.000144, 0.017409, 0.002584, 0.040591, 8e-05, 0.003439, 0.002432, 0.000229, 0.020254, 0.001428, 0.008335, 0.000197, 0.002497, 0.034561, 0.009862, 0.005153, 0.015556, 0.03749, 0.008764, 0.009244, 0.004579, 0.014442, 0.000724, 0.016312, 0.002612, 0.00025, 0.005601, 0.000146, 0.019286, 0.001459, 0.001373, 0.006149, 5.8e-05, 0.01514, 0.000807, 0.003676, 0.001339, 0.001974, 0.010524, 0.00057, 0.000493, 0.002796, 0.000344, 0.009028, 0.000127, 0.000209, 2e-06, 1.8e-05, 0.00872, 2.7e-05, 1.2e-05, 8.1e-05, 0.00016, 0.004746]
551	10	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0932, 0.138, 0.1376, 0.1296, 0.1348, 0.1436, 0.1396, 0.14], "mae": [15.7744, 13.7108, 11.8172, 11.1908, 10.8012, 9.828, 10.356, 9.192], "mse": [524.5632, 408.9652, 313.5356, 295.4868, 273.9372, 225.3616, 251.428, 202.3288]}
552	73	worker	"vm:23989"
553	73	val_accuracy	0.14
554	73	val_mae	9.192
555	73	val_mse	202.3288
556	73	test_accuracy	0.1428
557	73	test_mae	9.482
558	73	test_mse	226.222
559	73	seconds	83.503
560	73	device	"cpu"
561	73	best_epoch	8
562	73	epochs	8
563	73	mean_distribution	[0.058952, 0.000946, 1.5e-05, 0.01936, 0.00045, 0.004073, 0.000379, 0.017149, 0.00197, 0.004267, 5.6e-05, 0.007877, 0.000314, 0.002154, 1e-05, 0.015036, 7.2e-05, 0.003841, 6e-05, 0.000507, 0.037225, 0.007946, 3.8e-05, 0.031332, 0.000817, 0.18404, 0.000356, 0.031063, 0.006977, 0.097044, 0.001101, 0.025171, 9e-05, 0.003804, 0.0738, 0.007674, 0.000144, 0.017409, 0.002584, 0.040591, 8e-05, 0.003439, 0.002432, 0.000229, 0.020254, 0.001428, 0.008335, 0.000197, 0.002497, 0.034561, 0.009862, 0.005153, 0.015556, 0.03749, 0.008764, 0.009244, 0.004579, 0.014442, 0.000724, 0.016312, 0.002612, 0.00025, 0.005601, 0.000146, 0.019286, 0.001459, 0.001373, 0.006149, 5.8e-05, 0.01514, 0.000807, 0.003676, 0.001339, 0.001974, 0.010524, 0.00057, 0.000493, 0.002796, 0.000344, 0.009028, 0.000127, 0.000209, 2e-06, 1.8e-05, 0.00872, 2.7e-05, 1.2e-05, 8.1e-05, 0.00016, 0.004746]
564	73	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0932, 0.138, 0.1376, 0.1296, 0.1348, 0.1436, 0.1396, 0.14], "mae": [15.7744, 13.7108, 11.8172, 11.1908, 10.8012, 9.828, 10.356, 9.192], "mse": [524.5632, 408.9652, 313.5356, 295.4868, 273.9372, 225.3616, 251.428, 202.3288]}
565	73	run	9
566	74	worker	"vm:23989"
567	74	val_accuracy	0.14
568	74	val_mae	9.192
569	74	val_mse	202.3288
570	74	test_accuracy	0.1428
571	74	test_mae	9.482
572	74	test_mse	226.222
573	74	seconds	83.503
574	74	device	"cpu"
575	74	best_epoch	8
576	74	epochs	8
577	74	mean_distribution	[0.058952, 0.000946, 1.5e-05, 0.01936, 0.00045, 0.004073, 0.000379, 0.017149, 0.00197, 0.004267, 5.6e-05, 0.007877, 0.000314, 0.002154, 1e-05, 0.015036, 7.2e-05, 0.003841, 6e-05, 0.000507, 0.037225, 0.007946, 3.8e-05, 0.031332, 0.000817, 0.18404, 0.000356, 0.031063, 0.006977, 0.097044, 0.001101, 0.025171, 9e-05, 0.003804, 0.0738, 0.007674, 0.000144, 0.017409, 0.002584, 0.040591, 8e-05, 0.003439, 0.002432, 0.000229, 0.020254, 0.001428, 0.008335, 0.000197, 0.002497, 0.034561, 0.009862, 0.005153, 0.015556, 0.03749, 0.008764, 0.009244, 0.004579, 0.014442, 0.000724, 0.016312, 0.002612, 0.00025, 0.005601, 0.000146, 0.019286, 0.001459, 0.001373, 0.006149, 5.8e-05, 0.01514, 0.000807, 0.003676, 0.001339, 0.001974, 0.010524, 0.00057, 0.000493, 0.002796, 0.000344, 0.009028, 0.000127, 0.000209, 2e-06, 1.8e-05, 0.00872, 2.7e-05, 1.2e-05, 8.1e-05, 0.00016, 0.004746]
578	74	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0932, 0.138, 0.1376, 0.1296, 0.1348, 0.1436, 0.1396, 0.14], "mae": [15.7744, 13.7108, 11.8172, 11.1908, 10.8012, 9.828, 10.356, 9.192], "mse": [524.5632, 408.9652, 313.5356, 295.4868, 273.9372, 225.3616, 251.428, 202.3288]}
579	74	run	9
580	75	worker	"vm:23989"
581	75	val_accuracy	0.14
582	75	val_mae	9.192
583	75	val_mse	202.3288
584	75	test_accuracy	0.1428
585	75	test_mae	9.482
586	75	test_mse	226.222
587	75	seconds	83.503
588	75	device	"cpu"
589	75	best_epoch	8
590	75	epochs	8
791	87	test_accuracy	0.1524
792	87	test_mae	9.4468
793	87	test_mse	232.9484
794	87	seconds	101.557
795	87	device	"cpu"
796	87	best_epoch	8
797	87	epochs	8
1232	21	test_accuracy	0.1128
1233	21	test_mae	9.2176
1234	21	test_mse	204.2288
591	75	mean_distribution	[0.058952, 0.000946, 1.5e-05, 0.01936, 0.00045, 0.004073, 0.000379, 0.017149, 0.00197, 0.004267, 5.6e-05, 0.007877, 0.000314, 0.002154, 1e-05, 0.015036, 7.2e-05, 0.003841, 6e-05, 0.000507, 0.037225, 0.007946, 3.8e-05, 0.031332, 0.000817, 0.18404, 0.000356, 0.031063, 0.006977, 0.097044, 0.001101, 0.025171, 9e-05, 0.003804, 0.0738, 0.007674, 0.000144, 0.017409, 0.002584, 0.040591, 8e-05, 0.003439, 0.002432, 0.000229, 0.020254, 0.001428, 0.008335, 0.000197, 0.002497, 0.034561, 0.009862, 0.005153, 0.015556, 0.03749, 0.008764, 0.009244, 0.004579, 0.014442, 0.000724, 0.016312, 0.002612, 0.00025, 0.005601, 0.000146, 0.019286, 0.001459, 0.001373, 0.006149, 5.8e-05, 0.01514, 0.000807, 0.003676, 0.001339, 0.001974, 0.010524, 0.00057, 0.000493, 0.002796, 0.000344, 0.009028, 0.000127, 0.000209, 2e-06, 1.8e-05, 0.00872, 2.7e-05, 1.2e-05, 8.1e-05, 0.00016, 0.004746]
592	75	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0932, 0.138, 0.1376, 0.1296, 0.1348, 0.1436, 0.1396, 0.14], "mae": [15.7744, 13.7108, 11.8172, 11.1908, 10.8012, 9.828, 10.356, 9.192], "mse": [524.5632, 408.9652, 313.5356, 295.4868, 273.9372, 225.3616, 251.428, 202.3288]}
593	75	run	9
594	12	worker	"vm:23989"
595	11	val_accuracy	0.1076
596	11	val_mae	9.6488
597	11	val_mse	217.0472
598	11	test_accuracy	0.1148
599	11	test_mae	9.9104
600	11	test_mse	240.732
601	11	seconds	89.052
602	11	device	"cpu"
603	11	best_epoch	8
604	11	epochs	8
605	11	mean_distribution	[0.016567, 0.034675, 7e-06, 0.013966, 0.02138, 0.000283, 0.002315, 0.028251, 0.006026, 0.001995, 0.000126, 0.011768, 0.001192, 0.008445, 0.000877, 0.007542, 0.009295, 1e-05, 1.3e-05, 0.013061, 0.007479, 0.015082, 2.1e-05, 0.030365, 0.000344, 0.127845, 7.1e-05, 0.024315, 0.000695, 0.069978, 0.000631, 0.024961, 1.4e-05, 0.009435, 0.062509, 0.01694, 0.000415, 0.015084, 0.015495, 0.034656, 0.000101, 0.006189, 0.001606, 0.000305, 0.044634, 0.004462, 0.003309, 0.001816, 0.002168, 0.061256, 0.000619, 0.00267, 0.012139, 0.034865, 0.006164, 0.021777, 0.000765, 0.028172, 0.000808, 0.014041, 0.011247, 0.001725, 0.007678, 9.9e-05, 0.024503, 0.001539, 0.005036, 0.004972, 3.2e-05, 0.010415, 0.000946, 0.004458, 0.000391, 0.00289, 0.007609, 0.000577, 0.000723, 0.002315, 0.000634, 0.011544, 0.000179, 9.5e-05, 4e-06, 0.001243, 0.012269, 2.3e-05, 5e-06, 0.000121, 0.004329, 0.000406]
606	11	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0944, 0.1316, 0.1424, 0.1424, 0.1508, 0.142, 0.1044, 0.1076], "mae": [17.3804, 12.9936, 11.4836, 11.2908, 10.36, 10.8744, 9.7872, 9.6488], "mse": [636.7172, 389.0024, 296.7708, 290.6388, 261.612, 295.4808, 222.5464, 217.0472]}
607	76	worker	"vm:23990"
608	76	val_accuracy	0.1076
609	76	val_mae	9.6488
610	76	val_mse	217.0472
611	76	test_accuracy	0.1148
612	76	test_mae	9.9104
613	76	test_mse	240.732
614	76	seconds	89.052
615	76	device	"cpu"
616	76	best_epoch	8
617	76	epochs	8
618	76	mean_distribution	[0.016567, 0.034675, 7e-06, 0.013966, 0.02138, 0.000283, 0.002315, 0.028251, 0.006026, 0.001995, 0.000126, 0.011768, 0.001192, 0.008445, 0.000877, 0.007542, 0.009295, 1e-05, 1.3e-05, 0.013061, 0.007479, 0.015082, 2.1e-05, 0.030365, 0.000344, 0.127845, 7.1e-05, 0.024315, 0.000695, 0.069978, 0.000631, 0.024961, 1.4e-05, 0.009435, 0.062509, 0.01694, 0.000415, 0.015084, 0.015495, 0.034656, 0.000101, 0.006189, 0.001606, 0.000305, 0.044634, 0.004462, 0.003309, 0.001816, 0.002168, 0.061256, 0.000619, 0.00267, 0.012139, 0.034865, 0.006164, 0.021777, 0.000765, 0.028172, 0.000808, 0.014041, 0.011247, 0.001725, 0.007678, 9.9e-05, 0.024503, 0.001539, 0.005036, 0.004972, 3.2e-05, 0.010415, 0.000946, 0.004458, 0.000391, 0.00289, 0.007609, 0.000577, 0.000723, 0.002315, 0.000634, 0.011544, 0.000179, 9.5e-05, 4e-06, 0.001243, 0.012269, 2.3e-05, 5e-06, 0.000121, 0.004329, 0.000406]
619	76	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0944, 0.1316, 0.1424, 0.1424, 0.1508, 0.142, 0.1044, 0.1076], "mae": [17.3804, 12.9936, 11.4836, 11.2908, 10.36, 10.8744, 9.7872, 9.6488], "mse": [636.7172, 389.0024, 296.7708, 290.6388, 261.612, 295.4808, 222.5464, 217.0472]}
620	76	run	10
621	77	worker	"vm:23990"
622	77	val_accuracy	0.1076
623	77	val_mae	9.6488
624	77	val_mse	217.0472
625	77	test_accuracy	0.1148
626	77	test_mae	9.9104
627	77	test_mse	240.732
628	77	seconds	89.052
629	77	device	"cpu"
630	77	best_epoch	8
631	77	epochs	8
632	77	mean_distribution	[0.016567, 0.034675, 7e-06, 0.013966, 0.02138, 0.000283, 0.002315, 0.028251, 0.006026, 0.001995, 0.000126, 0.011768, 0.001192, 0.008445, 0.000877, 0.007542, 0.009295, 1e-05, 1.3e-05, 0.013061, 0.007479, 0.015082, 2.1e-05, 0.030365, 0.000344, 0.127845, 7.1e-05, 0.024315, 0.000695, 0.069978, 0.000631, 0.024961, 1.4e-05, 0.009435, 0.062509, 0.01694, 0.000415, 0.015084, 0.015495, 0.034656, 0.000101, 0.006189, 0.001606, 0.000305, 0.044634, 0.004462, 0.003309, 0.001816, 0.002168, 0.061256, 0.000619, 0.00267, 0.012139, 0.034865, 0.006164, 0.021777, 0.000765, 0.028172, 0.000808, 0.014041, 0.011247, 0.001725, 0.007678, 9.9e-05, 0.024503, 0.001539, 0.005036, 0.004972, 3.2e-05, 0.010415, 0.000946, 0.004458, 0.000391, 0.00289, 0.007609, 0.000577, 0.000723, 0.002315, 0.000634, 0.011544, 0.000179, 9.5e-05, 4e-06, 0.001243, 0.012269, 2.3e-05, 5e-06, 0.000121, 0.004329, 0.000406]
633	77	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0944, 0.1316, 0.1424, 0.1424, 0.1508, 0.142, 0.1044, 0.1076], "mae": [17.3804, 12.9936, 11.4836, 11.2908, 10.36, 10.8744, 9.7872, 9.6488], "mse": [636.7172, 389.0024, 296.7708, 290.6388, 261.612, 295.4808, 222.5464, 217.0472]}
634	77	run	10
635	78	worker	"vm:23990"
636	78	val_accuracy	0.1076
637	78	val_mae	9.6488
638	78	val_mse	217.0472
639	78	test_accuracy	0.1148
640	78	test_mae	9.9104
641	78	test_mse	240.732
642	78	seconds	89.052
643	78	device	"cpu"
644	78	best_epoch	8
645	78	epochs	8
1080	103	val_mae_mean	9.463266666666668
1081	103	val_mae_std	0.3278295573414128
1082	103	val_mse_mean	206.86433333333332
1083	103	val_mse_std	17.451031489819357
1084	103	test_accuracy_mean	0.10666666666666667
1085	103	test_accuracy_std	0.0342757445822358
1086	103	test_mae_mean	9.402
646	78	mean_distribution	[0.016567, 0.034675, 7e-06, 0.013966, 0.02138, 0.000283, 0.002315, 0.028251, 0.006026, 0.001995, 0.000126, 0.011768, 0.001192, 0.008445, 0.000877, 0.007542, 0.009295, 1e-05, 1.3e-05, 0.013061, 0.007479, 0.015082, 2.1e-05, 0.030365, 0.000344, 0.127845, 7.1e-05, 0.024315, 0.000695, 0.069978, 0.000631, 0.024961, 1.4e-05, 0.009435, 0.062509, 0.01694, 0.000415, 0.015084, 0.015495, 0.034656, 0.000101, 0.006189, 0.001606, 0.000305, 0.044634, 0.004462, 0.003309, 0.001816, 0.002168, 0.061256, 0.000619, 0.00267, 0.012139, 0.034865, 0.006164, 0.021777, 0.000765, 0.028172, 0.000808, 0.014041, 0.011247, 0.001725, 0.007678, 9.9e-05, 0.024503, 0.001539, 0.005036, 0.004972, 3.2e-05, 0.010415, 0.000946, 0.004458, 0.000391, 0.00289, 0.007609, 0.000577, 0.000723, 0.002315, 0.000634, 0.011544, 0.000179, 9.5e-05, 4e-06, 0.001243, 0.012269, 2.3e-05, 5e-06, 0.000121, 0.004329, 0.000406]
647	78	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0944, 0.1316, 0.1424, 0.1424, 0.1508, 0.142, 0.1044, 0.1076], "mae": [17.3804, 12.9936, 11.4836, 11.2908, 10.36, 10.8744, 9.7872, 9.6488], "mse": [636.7172, 389.0024, 296.7708, 290.6388, 261.612, 295.4808, 222.5464, 217.0472]}
648	78	run	10
649	13	worker	"vm:23990"
650	12	val_accuracy	0.1296
651	12	val_mae	9.3756
652	12	val_mse	196.0748
653	12	test_accuracy	0.1384
654	12	test_mae	9.3896
655	12	test_mse	216.6752
656	12	seconds	91.391
657	12	device	"cpu"
658	12	best_epoch	7
659	12	epochs	8
660	12	mean_distribution	[0.055591, 2.2e-05, 3.7e-05, 0.033051, 2.3e-05, 0.004785, 4.8e-05, 0.020761, 0.005868, 0.00303, 4e-05, 0.007249, 0.001624, 0.003412, 0.001133, 0.011436, 0.004402, 0.006047, 8.3e-05, 0.010266, 0.000147, 0.034528, 0.000675, 0.02351, 0.009264, 0.136319, 0.000143, 0.021368, 0.002362, 0.058157, 0.00051, 0.041555, 0.000116, 0.003353, 0.106009, 0.007623, 0.000402, 0.022336, 0.008272, 0.06377, 0.000423, 0.009499, 0.000526, 0.001372, 0.020981, 0.00119, 0.007739, 0.00129, 0.003936, 0.04624, 0.003235, 0.00767, 0.00734, 0.018989, 0.005197, 0.013875, 0.000587, 0.011425, 0.00128, 0.018071, 0.004771, 0.001878, 0.007784, 0.001282, 0.016822, 0.003097, 0.002678, 0.007316, 0.000175, 0.012623, 0.001088, 0.005378, 0.000547, 0.001694, 0.013242, 0.000361, 0.000428, 0.003824, 0.000168, 0.011002, 5.8e-05, 0.000602, 4.7e-05, 0.000349, 0.006572, 0.000148, 6.5e-05, 0.000193, 0.002226, 0.003391]
661	12	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1064, 0.1252, 0.1296, 0.136, 0.1332, 0.1296, 0.138], "mae": [15.8664, 13.3148, 11.612, 11.7252, 9.8176, 10.0988, 9.3756, 9.4824], "mse": [559.4656, 402.226, 310.7256, 325.8724, 223.7648, 241.8652, 196.0748, 215.36]}
662	79	worker	"vm:23989"
663	79	val_accuracy	0.1296
664	79	val_mae	9.3756
665	79	val_mse	196.0748
666	79	test_accuracy	0.1384
667	79	test_mae	9.3896
668	79	test_mse	216.6752
669	79	seconds	91.391
670	79	device	"cpu"
671	79	best_epoch	7
672	79	epochs	8
673	79	mean_distribution	[0.055591, 2.2e-05, 3.7e-05, 0.033051, 2.3e-05, 0.004785, 4.8e-05, 0.020761, 0.005868, 0.00303, 4e-05, 0.007249, 0.001624, 0.003412, 0.001133, 0.011436, 0.004402, 0.006047, 8.3e-05, 0.010266, 0.000147, 0.034528, 0.000675, 0.02351, 0.009264, 0.136319, 0.000143, 0.021368, 0.002362, 0.058157, 0.00051, 0.041555, 0.000116, 0.003353, 0.106009, 0.007623, 0.000402, 0.022336, 0.008272, 0.06377, 0.000423, 0.009499, 0.000526, 0.001372, 0.020981, 0.00119, 0.007739, 0.00129, 0.003936, 0.04624, 0.003235, 0.00767, 0.00734, 0.018989, 0.005197, 0.013875, 0.000587, 0.011425, 0.00128, 0.018071, 0.004771, 0.001878, 0.007784, 0.001282, 0.016822, 0.003097, 0.002678, 0.007316, 0.000175, 0.012623, 0.001088, 0.005378, 0.000547, 0.001694, 0.013242, 0.000361, 0.000428, 0.003824, 0.000168, 0.011002, 5.8e-05, 0.000602, 4.7e-05, 0.000349, 0.006572, 0.000148, 6.5e-05, 0.000193, 0.002226, 0.003391]
674	79	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1064, 0.1252, 0.1296, 0.136, 0.1332, 0.1296, 0.138], "mae": [15.8664, 13.3148, 11.612, 11.7252, 9.8176, 10.0988, 9.3756, 9.4824], "mse": [559.4656, 402.226, 310.7256, 325.8724, 223.7648, 241.8652, 196.0748, 215.36]}
675	79	run	11
676	80	n	6
677	80	seeds	[0, 1, 2, 3, 4, 5]
678	80	val_accuracy_mean	0.12473333333333335
679	80	val_accuracy_std	0.014208542031702855
680	80	val_mae_mean	9.641133333333334
681	80	val_mae_std	0.48713769169164756
682	80	val_mse_mean	214.70326666666665
683	80	val_mse_std	19.70497833611259
684	80	test_accuracy_mean	0.1298
685	80	test_accuracy_std	0.014410551689647418
686	80	test_mae_mean	9.709733333333332
687	80	test_mae_std	0.3343296257687413
688	80	test_mse_mean	232.67133333333334
689	80	test_mse_std	11.836090669924198
690	81	worker	"vm:23989"
691	81	val_accuracy	0.1296
692	81	val_mae	9.3756
693	81	val_mse	196.0748
694	81	test_accuracy	0.1384
695	81	test_mae	9.3896
696	81	test_mse	216.6752
697	81	seconds	91.391
698	81	device	"cpu"
699	81	best_epoch	7
700	81	epochs	8
701	81	mean_distribution	[0.055591, 2.2e-05, 3.7e-05, 0.033051, 2.3e-05, 0.004785, 4.8e-05, 0.020761, 0.005868, 0.00303, 4e-05, 0.007249, 0.001624, 0.003412, 0.001133, 0.011436, 0.004402, 0.006047, 8.3e-05, 0.010266, 0.000147, 0.034528, 0.000675, 0.02351, 0.009264, 0.136319, 0.000143, 0.021368, 0.002362, 0.058157, 0.00051, 0.041555, 0.000116, 0.003353, 0.106009, 0.007623, 0.000402, 0.022336, 0.008272, 0.06377, 0.000423, 0.009499, 0.000526, 0.001372, 0.020981, 0.00119, 0.007739, 0.00129, 0.003936, 0.04624, 0.003235, 0.00767, 0.00734, 0.018989, 0.005197, 0.013875, 0.000587, 0.011425, 0.00128, 0.018071, 0.004771, 0.001878, 0.007784, 0.001282, 0.016822, 0.003097, 0.002678, 0.007316, 0.000175, 0.012623, 0.001088, 0.005378, 0.000547, 0.001694, 0.013242, 0.000361, 0.000428, 0.003824, 0.000168, 0.011002, 5.8e-05, 0.000602, 4.7e-05, 0.000349, 0.006572, 0.000148, 6.5e-05, 0.000193, 0.002226, 0.003391]
702	81	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1064, 0.1252, 0.1296, 0.136, 0.1332, 0.1296, 0.138], "mae": [15.8664, 13.3148, 11.612, 11.7252, 9.8176, 10.0988, 9.3756, 9.4824], "mse": [559.4656, 402.226, 310.7256, 325.8724, 223.7648, 241.8652, 196.0748, 215.36]}
703	81	run	11
704	82	n	6
705	82	seeds	[0, 1, 2, 3, 4, 5]
729	83	mean_distribution	[0.055591, 2.2e-05, 3.7e-05, 0.033051, 2.3e-05, 0.004785, 4.8e-05, 0.020761, 0.005868, 0.00303, 4e-05, 0.007249, 0.001624, 0.003412, 0.001133, 0.011436, 0.004402, 0.006047, 8.3e-05, 0.010266, 0.000147, 0.034528, 0.000675, 0.02351, 0.009264, 0.136319, 0.000143, 0.021368, 0.002362, 0.058157, 0.00051, 0.041555, 0.000116, 0.003353, 0.106009, 0.007623, 0.000402, 0.022336, 0.008272, 0.06377, 0.000423, 0.009499, 0.000526, 0.001372, 0.020981, 0.00119, 0.007739, 0.00129, 0.003936, 0.04624, 0.003235, 0.00767, 0.00734, 0.018989, 0.005197, 0.013875, 0.000587, 0.011425, 0.00128, 0.018071, 0.004771, 0.001878, 0.007784, 0.001282, 0.016822, 0.003097, 0.002678, 0.007316, 0.000175, 0.012623, 0.001088, 0.005378, 0.000547, 0.001694, 0.013242, 0.000361, 0.000428, 0.003824, 0.000168, 0.011002, 5.8e-05, 0.000602, 4.7e-05, 0.000349, 0.006572, 0.000148, 6.5e-05, 0.000193, 0.002226, 0.003391]
730	83	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1064, 0.1252, 0.1296, 0.136, 0.1332, 0.1296, 0.138], "mae": [15.8664, 13.3148, 11.612, 11.7252, 9.8176, 10.0988, 9.3756, 9.4824], "mse": [559.4656, 402.226, 310.7256, 325.8724, 223.7648, 241.8652, 196.0748, 215.36]}
731	83	run	11
732	84	n	6
733	84	seeds	[0, 1, 2, 3, 4, 5]
734	84	val_accuracy_mean	0.12473333333333335
735	84	val_accuracy_std	0.014208542031702855
736	84	val_mae_mean	9.641133333333334
737	84	val_mae_std	0.48713769169164756
738	84	val_mse_mean	214.70326666666665
739	84	val_mse_std	19.70497833611259
740	84	test_accuracy_mean	0.1298
741	84	test_accuracy_std	0.014410551689647418
742	84	test_mae_mean	9.709733333333332
743	84	test_mae_std	0.3343296257687413
744	84	test_mse_mean	232.67133333333334
745	84	test_mse_std	11.836090669924198
746	14	worker	"vm:23989"
747	13	val_accuracy	0.15
748	13	val_mae	9.578
749	13	val_mse	221.5916
750	13	test_accuracy	0.1524
751	13	test_mae	9.4468
752	13	test_mse	232.9484
753	13	seconds	101.557
754	13	device	"cpu"
755	13	best_epoch	8
756	13	epochs	8
757	13	mean_distribution	[0.084398, 9.9e-05, 4.2e-05, 6.3e-05, 0.00039, 4.4e-05, 3.7e-05, 0.050655, 0.000108, 0.002215, 5e-06, 2.8e-05, 0.000139, 1.4e-05, 1.1e-05, 0.012405, 1.5e-05, 2.7e-05, 1.5e-05, 3.6e-05, 1.3e-05, 1.7e-05, 2.4e-05, 4.6e-05, 0.001401, 0.428419, 0.000462, 0.001238, 0.000147, 0.000141, 0.000185, 0.000789, 0.000162, 0.008027, 0.142709, 0.000466, 0.00553, 0.0382, 0.017635, 0.000698, 0.000554, 0.00225, 1.1e-05, 4.7e-05, 0.004557, 0.002067, 0.002259, 0.007235, 0.000188, 0.031706, 0.034949, 0.002005, 0.004497, 0.014873, 0.004737, 0.00305, 0.004971, 0.003386, 0.003407, 0.005526, 0.00213, 0.001537, 0.001515, 0.006959, 0.016117, 0.001494, 0.00359, 0.002261, 0.000726, 0.003184, 0.001238, 0.004552, 0.002073, 0.000863, 0.004003, 0.001534, 0.000386, 0.002448, 8.2e-05, 0.010697, 4.5e-05, 3e-05, 6.4e-05, 2.2e-05, 0.00304, 2.3e-05, 1.2e-05, 1e-05, 2.9e-05, 4e-06]
758	13	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1216, 0.1412, 0.1392, 0.138, 0.1444, 0.1444, 0.1484, 0.15], "mae": [16.9148, 14.5412, 12.9208, 12.3528, 10.7696, 11.5684, 9.8104, 9.578], "mse": [605.5788, 492.1972, 368.8576, 372.2672, 279.3632, 328.2924, 237.7432, 221.5916]}
759	85	worker	"vm:23990"
760	85	val_accuracy	0.15
761	85	val_mae	9.578
762	85	val_mse	221.5916
763	85	test_accuracy	0.1524
764	85	test_mae	9.4468
765	85	test_mse	232.9484
766	85	seconds	101.557
767	85	device	"cpu"
768	85	best_epoch	8
769	85	epochs	8
770	85	mean_distribution	[0.084398, 9.9e-05, 4.2e-05, 6.3e-05, 0.00039, 4.4e-05, 3.7e-05, 0.050655, 0.000108, 0.002215, 5e-06, 2.8e-05, 0.000139, 1.4e-05, 1.1e-05, 0.012405, 1.5e-05, 2.7e-05, 1.5e-05, 3.6e-05, 1.3e-05, 1.7e-05, 2.4e-05, 4.6e-05, 0.001401, 0.428419, 0.000462, 0.001238, 0.000147, 0.000141, 0.000185, 0.000789, 0.000162, 0.008027, 0.142709, 0.000466, 0.00553, 0.0382, 0.017635, 0.000698, 0.000554, 0.00225, 1.1e-05, 4.7e-05, 0.004557, 0.002067, 0.002259, 0.007235, 0.000188, 0.031706, 0.034949, 0.002005, 0.004497, 0.014873, 0.004737, 0.00305, 0.004971, 0.003386, 0.003407, 0.005526, 0.00213, 0.001537, 0.001515, 0.006959, 0.016117, 0.001494, 0.00359, 0.002261, 0.000726, 0.003184, 0.001238, 0.004552, 0.002073, 0.000863, 0.004003, 0.001534, 0.000386, 0.002448, 8.2e-05, 0.010697, 4.5e-05, 3e-05, 6.4e-05, 2.2e-05, 0.00304, 2.3e-05, 1.2e-05, 1e-05, 2.9e-05, 4e-06]
771	85	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1216, 0.1412, 0.1392, 0.138, 0.1444, 0.1444, 0.1484, 0.15], "mae": [16.9148, 14.5412, 12.9208, 12.3528, 10.7696, 11.5684, 9.8104, 9.578], "mse": [605.5788, 492.1972, 368.8576, 372.2672, 279.3632, 328.2924, 237.7432, 221.5916]}
772	85	run	12
773	86	worker	"vm:23990"
774	86	val_accuracy	0.15
775	86	val_mae	9.578
776	86	val_mse	221.5916
777	86	test_accuracy	0.1524
778	86	test_mae	9.4468
779	86	test_mse	232.9484
780	86	seconds	101.557
781	86	device	"cpu"
782	86	best_epoch	8
783	86	epochs	8
784	86	mean_distribution	[0.084398, 9.9e-05, 4.2e-05, 6.3e-05, 0.00039, 4.4e-05, 3.7e-05, 0.050655, 0.000108, 0.002215, 5e-06, 2.8e-05, 0.000139, 1.4e-05, 1.1e-05, 0.012405, 1.5e-05, 2.7e-05, 1.5e-05, 3.6e-05, 1.3e-05, 1.7e-05, 2.4e-05, 4.6e-05, 0.001401, 0.428419, 0.000462, 0.001238, 0.000147, 0.000141, 0.000185, 0.000789, 0.000162, 0.008027, 0.142709, 0.000466, 0.00553, 0.0382, 0.017635, 0.000698, 0.000554, 0.00225, 1.1e-05, 4.7e-05, 0.004557, 0.002067, 0.002259, 0.007235, 0.000188, 0.031706, 0.034949, 0.002005, 0.004497, 0.014873, 0.004737, 0.00305, 0.004971, 0.003386, 0.003407, 0.005526, 0.00213, 0.001537, 0.001515, 0.006959, 0.016117, 0.001494, 0.00359, 0.002261, 0.000726, 0.003184, 0.001238, 0.004552, 0.002073, 0.000863, 0.004003, 0.001534, 0.000386, 0.002448, 8.2e-05, 0.010697, 4.5e-05, 3e-05, 6.4e-05, 2.2e-05, 0.00304, 2.3e-05, 1.2e-05, 1e-05, 2.9e-05, 4e-06]
785	86	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1216, 0.1412, 0.1392, 0.138, 0.1444, 0.1444, 0.1484, 0.15], "mae": [16.9148, 14.5412, 12.9208, 12.3528, 10.7696, 11.5684, 9.8104, 9.578], "mse": [605.5788, 492.1972, 368.8576, 372.2672, 279.3632, 328.2924, 237.7432, 221.5916]}
786	86	run	12
787	87	worker	"vm:23990"
788	87	val_accuracy	0.15
789	87	val_mae	9.578
790	87	val_mse	221.5916
798	87	mean_distribution	[0.084398, 9.9e-05, 4.2e-05, 6.3e-05, 0.00039, 4.4e-05, 3.7e-05, 0.050655, 0.000108, 0.002215, 5e-06, 2.8e-05, 0.000139, 1.4e-05, 1.1e-05, 0.012405, 1.5e-05, 2.7e-05, 1.5e-05, 3.6e-05, 1.3e-05, 1.7e-05, 2.4e-05, 4.6e-05, 0.001401, 0.428419, 0.000462, 0.001238, 0.000147, 0.000141, 0.000185, 0.000789, 0.000162, 0.008027, 0.142709, 0.000466, 0.00553, 0.0382, 0.017635, 0.000698, 0.000554, 0.00225, 1.1e-05, 4.7e-05, 0.004557, 0.002067, 0.002259, 0.007235, 0.000188, 0.031706, 0.034949, 0.002005, 0.004497, 0.014873, 0.004737, 0.00305, 0.004971, 0.003386, 0.003407, 0.005526, 0.00213, 0.001537, 0.001515, 0.006959, 0.016117, 0.001494, 0.00359, 0.002261, 0.000726, 0.003184, 0.001238, 0.004552, 0.002073, 0.000863, 0.004003, 0.001534, 0.000386, 0.002448, 8.2e-05, 0.010697, 4.5e-05, 3e-05, 6.4e-05, 2.2e-05, 0.00304, 2.3e-05, 1.2e-05, 1e-05, 2.9e-05, 4e-06]
799	87	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1216, 0.1412, 0.1392, 0.138, 0.1444, 0.1444, 0.1484, 0.15], "mae": [16.9148, 14.5412, 12.9208, 12.3528, 10.7696, 11.5684, 9.8104, 9.578], "mse": [605.5788, 492.1972, 368.8576, 372.2672, 279.3632, 328.2924, 237.7432, 221.5916]}
800	87	run	12
801	15	worker	"vm:23990"
802	14	val_accuracy	0.0688
803	14	val_mae	10.0336
804	14	val_mse	234.104
805	14	test_accuracy	0.0708
806	14	test_mae	10.1316
807	14	test_mse	250.7644
808	14	seconds	100.981
809	14	device	"cpu"
810	14	best_epoch	7
811	14	epochs	8
812	14	mean_distribution	[0.000383, 0.090172, 0.000784, 0.000185, 4.9e-05, 0.000324, 0.053014, 0.000239, 0.00445, 0.00837, 0.004078, 4.3e-05, 2.6e-05, 0.001901, 5.2e-05, 0.000448, 4.7e-05, 2.5e-05, 1.1e-05, 1.4e-05, 2e-05, 0.000277, 6e-06, 1.1e-05, 0.106051, 0.071278, 0.097847, 2.2e-05, 0.000343, 0.0001, 0.000251, 8.4e-05, 0.000362, 0.039177, 0.083047, 0.0001, 0.014567, 0.010467, 0.001944, 0.001358, 0.013506, 0.000849, 0.000376, 0.00536, 0.000738, 0.004726, 0.003808, 0.001023, 0.025648, 0.026276, 0.01819, 0.015345, 0.031395, 0.021699, 0.014497, 0.007516, 0.004079, 0.014208, 0.011328, 0.019645, 0.004004, 0.013457, 0.005718, 0.019609, 0.01013, 0.027121, 0.015404, 0.003094, 0.004761, 0.004823, 0.003968, 0.002662, 0.000548, 0.019352, 0.002177, 0.003032, 0.001825, 0.007191, 0.000486, 9.7e-05, 1.4e-05, 0.001386, 0.000118, 0.000347, 0.016471, 1e-05, 1.7e-05, 1.3e-05, 1.9e-05, 6e-06]
813	14	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0288, 0.0328, 0.0528, 0.0504, 0.0996, 0.1048, 0.0688, 0.0944], "mae": [15.2592, 14.0512, 12.9496, 11.7444, 10.9192, 10.838, 10.0336, 10.916], "mse": [432.5872, 422.1952, 383.8704, 317.79, 277.9504, 273.0836, 234.104, 293.9504]}
814	88	worker	"vm:23989"
815	88	val_accuracy	0.0688
816	88	val_mae	10.0336
817	88	val_mse	234.104
818	88	test_accuracy	0.0708
819	88	test_mae	10.1316
820	88	test_mse	250.7644
821	88	seconds	100.981
822	88	device	"cpu"
823	88	best_epoch	7
824	88	epochs	8
825	88	mean_distribution	[0.000383, 0.090172, 0.000784, 0.000185, 4.9e-05, 0.000324, 0.053014, 0.000239, 0.00445, 0.00837, 0.004078, 4.3e-05, 2.6e-05, 0.001901, 5.2e-05, 0.000448, 4.7e-05, 2.5e-05, 1.1e-05, 1.4e-05, 2e-05, 0.000277, 6e-06, 1.1e-05, 0.106051, 0.071278, 0.097847, 2.2e-05, 0.000343, 0.0001, 0.000251, 8.4e-05, 0.000362, 0.039177, 0.083047, 0.0001, 0.014567, 0.010467, 0.001944, 0.001358, 0.013506, 0.000849, 0.000376, 0.00536, 0.000738, 0.004726, 0.003808, 0.001023, 0.025648, 0.026276, 0.01819, 0.015345, 0.031395, 0.021699, 0.014497, 0.007516, 0.004079, 0.014208, 0.011328, 0.019645, 0.004004, 0.013457, 0.005718, 0.019609, 0.01013, 0.027121, 0.015404, 0.003094, 0.004761, 0.004823, 0.003968, 0.002662, 0.000548, 0.019352, 0.002177, 0.003032, 0.001825, 0.007191, 0.000486, 9.7e-05, 1.4e-05, 0.001386, 0.000118, 0.000347, 0.016471, 1e-05, 1.7e-05, 1.3e-05, 1.9e-05, 6e-06]
826	88	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0288, 0.0328, 0.0528, 0.0504, 0.0996, 0.1048, 0.0688, 0.0944], "mae": [15.2592, 14.0512, 12.9496, 11.7444, 10.9192, 10.838, 10.0336, 10.916], "mse": [432.5872, 422.1952, 383.8704, 317.79, 277.9504, 273.0836, 234.104, 293.9504]}
827	88	run	13
828	89	worker	"vm:23989"
829	89	val_accuracy	0.0688
830	89	val_mae	10.0336
831	89	val_mse	234.104
832	89	test_accuracy	0.0708
833	89	test_mae	10.1316
834	89	test_mse	250.7644
835	89	seconds	100.981
836	89	device	"cpu"
837	89	best_epoch	7
838	89	epochs	8
839	89	mean_distribution	[0.000383, 0.090172, 0.000784, 0.000185, 4.9e-05, 0.000324, 0.053014, 0.000239, 0.00445, 0.00837, 0.004078, 4.3e-05, 2.6e-05, 0.001901, 5.2e-05, 0.000448, 4.7e-05, 2.5e-05, 1.1e-05, 1.4e-05, 2e-05, 0.000277, 6e-06, 1.1e-05, 0.106051, 0.071278, 0.097847, 2.2e-05, 0.000343, 0.0001, 0.000251, 8.4e-05, 0.000362, 0.039177, 0.083047, 0.0001, 0.014567, 0.010467, 0.001944, 0.001358, 0.013506, 0.000849, 0.000376, 0.00536, 0.000738, 0.004726, 0.003808, 0.001023, 0.025648, 0.026276, 0.01819, 0.015345, 0.031395, 0.021699, 0.014497, 0.007516, 0.004079, 0.014208, 0.011328, 0.019645, 0.004004, 0.013457, 0.005718, 0.019609, 0.01013, 0.027121, 0.015404, 0.003094, 0.004761, 0.004823, 0.003968, 0.002662, 0.000548, 0.019352, 0.002177, 0.003032, 0.001825, 0.007191, 0.000486, 9.7e-05, 1.4e-05, 0.001386, 0.000118, 0.000347, 0.016471, 1e-05, 1.7e-05, 1.3e-05, 1.9e-05, 6e-06]
840	89	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0288, 0.0328, 0.0528, 0.0504, 0.0996, 0.1048, 0.0688, 0.0944], "mae": [15.2592, 14.0512, 12.9496, 11.7444, 10.9192, 10.838, 10.0336, 10.916], "mse": [432.5872, 422.1952, 383.8704, 317.79, 277.9504, 273.0836, 234.104, 293.9504]}
841	89	run	13
842	90	worker	"vm:23989"
843	90	val_accuracy	0.0688
844	90	val_mae	10.0336
845	90	val_mse	234.104
846	90	test_accuracy	0.0708
847	90	test_mae	10.1316
848	90	test_mse	250.7644
849	90	seconds	100.981
850	90	device	"cpu"
851	90	best_epoch	7
852	90	epochs	8
857	15	val_accuracy	0.0608
858	15	val_mae	9.1352
859	15	val_mse	189.356
860	15	test_accuracy	0.0656
861	15	test_mae	9.046
862	15	test_mse	199.25
863	15	seconds	87.295
864	15	device	"cpu"
865	15	best_epoch	7
866	15	epochs	8
853	90	mean_distribution	[0.000383, 0.090172, 0.000784, 0.000185, 4.9e-05, 0.000324, 0.053014, 0.000239, 0.00445, 0.00837, 0.004078, 4.3e-05, 2.6e-05, 0.001901, 5.2e-05, 0.000448, 4.7e-05, 2.5e-05, 1.1e-05, 1.4e-05, 2e-05, 0.000277, 6e-06, 1.1e-05, 0.106051, 0.071278, 0.097847, 2.2e-05, 0.000343, 0.0001, 0.000251, 8.4e-05, 0.000362, 0.039177, 0.083047, 0.0001, 0.014567, 0.010467, 0.001944, 0.001358, 0.013506, 0.000849, 0.000376, 0.00536, 0.000738, 0.004726, 0.003808, 0.001023, 0.025648, 0.026276, 0.01819, 0.015345, 0.031395, 0.021699, 0.014497, 0.007516, 0.004079, 0.014208, 0.011328, 0.019645, 0.004004, 0.013457, 0.005718, 0.019609, 0.01013, 0.027121, 0.015404, 0.003094, 0.004761, 0.004823, 0.003968, 0.002662, 0.000548, 0.019352, 0.002177, 0.003032, 0.001825, 0.007191, 0.000486, 9.7e-05, 1.4e-05, 0.001386, 0.000118, 0.000347, 0.016471, 1e-05, 1.7e-05, 1.3e-05, 1.9e-05, 6e-06]
854	90	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0288, 0.0328, 0.0528, 0.0504, 0.0996, 0.1048, 0.0688, 0.0944], "mae": [15.2592, 14.0512, 12.9496, 11.7444, 10.9192, 10.838, 10.0336, 10.916], "mse": [432.5872, 422.1952, 383.8704, 317.79, 277.9504, 273.0836, 234.104, 293.9504]}
855	90	run	13
856	16	worker	"vm:23989"
912	16	val_accuracy	0.116
913	16	val_mae	9.1644
914	16	val_mse	200.3796
915	16	test_accuracy	0.1056
916	16	test_mae	9.4096
917	16	test_mse	218.5048
918	16	seconds	91.483
919	16	device	"cpu"
920	16	best_epoch	8
921	16	epochs	8
922	16	mean_distribution	[2.9e-05, 0.075922, 2.9e-05, 3.2e-05, 0.000549, 0.006624, 0.015671, 2.1e-05, 0.00011, 0.011534, 6.7e-05, 9.8e-05, 0.000193, 0.00739, 1.3e-05, 0.001685, 4e-06, 2e-06, 3.1e-05, 5e-06, 1.7e-05, 2.2e-05, 9.1e-05, 0.026074, 0.000458, 0.237944, 0.076534, 0.004914, 3.1e-05, 0.000202, 0.000182, 0.000421, 0.000205, 0.004269, 0.128195, 0.004248, 0.000374, 0.028946, 0.016715, 0.011945, 2.9e-05, 0.016242, 8e-06, 0.000115, 0.003027, 0.029155, 7.6e-05, 0.000413, 0.005925, 0.009363, 0.020261, 0.040498, 0.013253, 0.014047, 0.005456, 0.004489, 0.017433, 0.011248, 0.022154, 0.009296, 0.003235, 0.005006, 0.008285, 0.001256, 0.018538, 0.011099, 0.001003, 0.018531, 0.000616, 0.00051, 0.001936, 0.001065, 0.000918, 0.002058, 0.021174, 0.000784, 0.000274, 0.010706, 2.6e-05, 0.000139, 3.6e-05, 0.000165, 4.9e-05, 0.000141, 0.008112, 3.1e-05, 5e-06, 1.7e-05, 4e-06, 2e-06]
923	16	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0384, 0.0448, 0.0496, 0.1048, 0.1036, 0.1072, 0.1168, 0.116], "mae": [15.1208, 13.01, 10.6548, 11.2488, 10.9268, 9.5016, 10.5656, 9.1644], "mse": [496.1336, 379.614, 263.6524, 303.4464, 300.8236, 220.9888, 270.8048, 200.3796]}
924	94	worker	"vm:23989"
925	94	val_accuracy	0.116
926	94	val_mae	9.1644
927	94	val_mse	200.3796
928	94	test_accuracy	0.1056
929	94	test_mae	9.4096
930	94	test_mse	218.5048
931	94	seconds	91.483
932	94	device	"cpu"
933	94	best_epoch	8
934	94	epochs	8
935	94	mean_distribution	[2.9e-05, 0.075922, 2.9e-05, 3.2e-05, 0.000549, 0.006624, 0.015671, 2.1e-05, 0.00011, 0.011534, 6.7e-05, 9.8e-05, 0.000193, 0.00739, 1.3e-05, 0.001685, 4e-06, 2e-06, 3.1e-05, 5e-06, 1.7e-05, 2.2e-05, 9.1e-05, 0.026074, 0.000458, 0.237944, 0.076534, 0.004914, 3.1e-05, 0.000202, 0.000182, 0.000421, 0.000205, 0.004269, 0.128195, 0.004248, 0.000374, 0.028946, 0.016715, 0.011945, 2.9e-05, 0.016242, 8e-06, 0.000115, 0.003027, 0.029155, 7.6e-05, 0.000413, 0.005925, 0.009363, 0.020261, 0.040498, 0.013253, 0.014047, 0.005456, 0.004489, 0.017433, 0.011248, 0.022154, 0.009296, 0.003235, 0.005006, 0.008285, 0.001256, 0.018538, 0.011099, 0.001003, 0.018531, 0.000616, 0.00051, 0.001936, 0.001065, 0.000918, 0.002058, 0.021174, 0.000784, 0.000274, 0.010706, 2.6e-05, 0.000139, 3.6e-05, 0.000165, 4.9e-05, 0.000141, 0.008112, 3.1e-05, 5e-06, 1.7e-05, 4e-06, 2e-06]
936	94	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0384, 0.0448, 0.0496, 0.1048, 0.1036, 0.1072, 0.1168, 0.116], "mae": [15.1208, 13.01, 10.6548, 11.2488, 10.9268, 9.5016, 10.5656, 9.1644], "mse": [496.1336, 379.614, 263.6524, 303.4464, 300.8236, 220.9888, 270.8048, 200.3796]}
937	94	run	15
938	95	worker	"vm:23989"
939	95	val_accuracy	0.116
940	95	val_mae	9.1644
941	95	val_mse	200.3796
942	95	test_accuracy	0.1056
943	95	test_mae	9.4096
944	95	test_mse	218.5048
945	95	seconds	91.483
946	95	device	"cpu"
947	95	best_epoch	8
948	95	epochs	8
949	95	mean_distribution	[2.9e-05, 0.075922, 2.9e-05, 3.2e-05, 0.000549, 0.006624, 0.015671, 2.1e-05, 0.00011, 0.011534, 6.7e-05, 9.8e-05, 0.000193, 0.00739, 1.3e-05, 0.001685, 4e-06, 2e-06, 3.1e-05, 5e-06, 1.7e-05, 2.2e-05, 9.1e-05, 0.026074, 0.000458, 0.237944, 0.076534, 0.004914, 3.1e-05, 0.000202, 0.000182, 0.000421, 0.000205, 0.004269, 0.128195, 0.004248, 0.000374, 0.028946, 0.016715, 0.011945, 2.9e-05, 0.016242, 8e-06, 0.000115, 0.003027, 0.029155, 7.6e-05, 0.000413, 0.005925, 0.009363, 0.020261, 0.040498, 0.013253, 0.014047, 0.005456, 0.004489, 0.017433, 0.011248, 0.022154, 0.009296, 0.003235, 0.005006, 0.008285, 0.001256, 0.018538, 0.011099, 0.001003, 0.018531, 0.000616, 0.00051, 0.001936, 0.001065, 0.000918, 0.002058, 0.021174, 0.000784, 0.000274, 0.010706, 2.6e-05, 0.000139, 3.6e-05, 0.000165, 4.9e-05, 0.000141, 0.008112, 3.1e-05, 5e-06, 1.7e-05, 4e-06, 2e-06]
950	95	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0384, 0.0448, 0.0496, 0.1048, 0.1036, 0.1072, 0.1168, 0.116], "mae": [15.1208, 13.01, 10.6548, 11.2488, 10.9268, 9.5016, 10.5656, 9.1644], "mse": [496.1336, 379.614, 263.6524, 303.4464, 300.8236, 220.9888, 270.8048, 200.3796]}
951	95	run	15
952	96	worker	"vm:23989"
953	96	val_accuracy	0.116
954	96	val_mae	9.1644
955	96	val_mse	200.3796
956	96	test_accuracy	0.1056
957	96	test_mae	9.4096
958	96	test_mse	218.5048
959	96	seconds	91.483
960	96	device	"cpu"
961	96	best_epoch	8
962	96	epochs	8
1087	103	test_mae_std	0.3894025783170937
1088	103	test_mse_mean	214.88586666666666
1089	103	test_mse_std	23.58429271279227
1090	104	worker	"vm:23989"
1091	104	val_accuracy	0.1384
1092	104	val_mae	9.446
1093	104	val_mse	203.058
1094	104	test_accuracy	0.1348
1095	104	test_mae	9.1328
867	15	mean_distribution	[8.6e-05, 0.073533, 5.3e-05, 3.8e-05, 0.000194, 0.000441, 5.9e-05, 0.044978, 0.000626, 0.000254, 2.2e-05, 0.010066, 6.7e-05, 0.000105, 0.00013, 2.3e-05, 3.4e-05, 8e-06, 4e-06, 3.2e-05, 1.9e-05, 9e-06, 9.5e-05, 0.000153, 0.152588, 0.000399, 0.159159, 0.00743, 0.000145, 0.000225, 0.00073, 0.000286, 8.7e-05, 0.107454, 0.015235, 0.007157, 0.025297, 8.3e-05, 0.01335, 0.017528, 0.000275, 4.4e-05, 0.000201, 0.000298, 0.000354, 0.012568, 0.006451, 0.002594, 0.001507, 0.067584, 0.05423, 0.019903, 0.017937, 0.01903, 0.010693, 0.004005, 0.017636, 0.014737, 0.006348, 0.008386, 0.002887, 0.003205, 0.005174, 0.00214, 0.009707, 0.008266, 0.004556, 0.000836, 0.002642, 0.009195, 0.001431, 0.003007, 0.000324, 0.006194, 0.007951, 0.005774, 0.000593, 0.003827, 0.000442, 0.000636, 0.000397, 5.1e-05, 0.000111, 0.001137, 0.015341, 3.8e-05, 2e-05, 0.001096, 4.8e-05, 9e-06]
868	15	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0936, 0.0512, 0.056, 0.0604, 0.0552, 0.0576, 0.0608, 0.0604], "mae": [14.8344, 12.7524, 11.8424, 10.5196, 9.8544, 10.0336, 9.1352, 9.8296], "mse": [476.8112, 361.1132, 342.2312, 237.5812, 216.644, 227.132, 189.356, 233.0744]}
869	91	worker	"vm:23990"
870	91	val_accuracy	0.0608
871	91	val_mae	9.1352
872	91	val_mse	189.356
873	91	test_accuracy	0.0656
874	91	test_mae	9.046
875	91	test_mse	199.25
876	91	seconds	87.295
877	91	device	"cpu"
878	91	best_epoch	7
879	91	epochs	8
880	91	mean_distribution	[8.6e-05, 0.073533, 5.3e-05, 3.8e-05, 0.000194, 0.000441, 5.9e-05, 0.044978, 0.000626, 0.000254, 2.2e-05, 0.010066, 6.7e-05, 0.000105, 0.00013, 2.3e-05, 3.4e-05, 8e-06, 4e-06, 3.2e-05, 1.9e-05, 9e-06, 9.5e-05, 0.000153, 0.152588, 0.000399, 0.159159, 0.00743, 0.000145, 0.000225, 0.00073, 0.000286, 8.7e-05, 0.107454, 0.015235, 0.007157, 0.025297, 8.3e-05, 0.01335, 0.017528, 0.000275, 4.4e-05, 0.000201, 0.000298, 0.000354, 0.012568, 0.006451, 0.002594, 0.001507, 0.067584, 0.05423, 0.019903, 0.017937, 0.01903, 0.010693, 0.004005, 0.017636, 0.014737, 0.006348, 0.008386, 0.002887, 0.003205, 0.005174, 0.00214, 0.009707, 0.008266, 0.004556, 0.000836, 0.002642, 0.009195, 0.001431, 0.003007, 0.000324, 0.006194, 0.007951, 0.005774, 0.000593, 0.003827, 0.000442, 0.000636, 0.000397, 5.1e-05, 0.000111, 0.001137, 0.015341, 3.8e-05, 2e-05, 0.001096, 4.8e-05, 9e-06]
881	91	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0936, 0.0512, 0.056, 0.0604, 0.0552, 0.0576, 0.0608, 0.0604], "mae": [14.8344, 12.7524, 11.8424, 10.5196, 9.8544, 10.0336, 9.1352, 9.8296], "mse": [476.8112, 361.1132, 342.2312, 237.5812, 216.644, 227.132, 189.356, 233.0744]}
882	91	run	14
883	92	worker	"vm:23990"
884	92	val_accuracy	0.0608
885	92	val_mae	9.1352
886	92	val_mse	189.356
887	92	test_accuracy	0.0656
888	92	test_mae	9.046
889	92	test_mse	199.25
890	92	seconds	87.295
891	92	device	"cpu"
892	92	best_epoch	7
893	92	epochs	8
894	92	mean_distribution	[8.6e-05, 0.073533, 5.3e-05, 3.8e-05, 0.000194, 0.000441, 5.9e-05, 0.044978, 0.000626, 0.000254, 2.2e-05, 0.010066, 6.7e-05, 0.000105, 0.00013, 2.3e-05, 3.4e-05, 8e-06, 4e-06, 3.2e-05, 1.9e-05, 9e-06, 9.5e-05, 0.000153, 0.152588, 0.000399, 0.159159, 0.00743, 0.000145, 0.000225, 0.00073, 0.000286, 8.7e-05, 0.107454, 0.015235, 0.007157, 0.025297, 8.3e-05, 0.01335, 0.017528, 0.000275, 4.4e-05, 0.000201, 0.000298, 0.000354, 0.012568, 0.006451, 0.002594, 0.001507, 0.067584, 0.05423, 0.019903, 0.017937, 0.01903, 0.010693, 0.004005, 0.017636, 0.014737, 0.006348, 0.008386, 0.002887, 0.003205, 0.005174, 0.00214, 0.009707, 0.008266, 0.004556, 0.000836, 0.002642, 0.009195, 0.001431, 0.003007, 0.000324, 0.006194, 0.007951, 0.005774, 0.000593, 0.003827, 0.000442, 0.000636, 0.000397, 5.1e-05, 0.000111, 0.001137, 0.015341, 3.8e-05, 2e-05, 0.001096, 4.8e-05, 9e-06]
895	92	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0936, 0.0512, 0.056, 0.0604, 0.0552, 0.0576, 0.0608, 0.0604], "mae": [14.8344, 12.7524, 11.8424, 10.5196, 9.8544, 10.0336, 9.1352, 9.8296], "mse": [476.8112, 361.1132, 342.2312, 237.5812, 216.644, 227.132, 189.356, 233.0744]}
896	92	run	14
897	93	worker	"vm:23990"
898	93	val_accuracy	0.0608
899	93	val_mae	9.1352
900	93	val_mse	189.356
901	93	test_accuracy	0.0656
902	93	test_mae	9.046
903	93	test_mse	199.25
904	93	seconds	87.295
905	93	device	"cpu"
906	93	best_epoch	7
907	93	epochs	8
908	93	mean_distribution	[8.6e-05, 0.073533, 5.3e-05, 3.8e-05, 0.000194, 0.000441, 5.9e-05, 0.044978, 0.000626, 0.000254, 2.2e-05, 0.010066, 6.7e-05, 0.000105, 0.00013, 2.3e-05, 3.4e-05, 8e-06, 4e-06, 3.2e-05, 1.9e-05, 9e-06, 9.5e-05, 0.000153, 0.152588, 0.000399, 0.159159, 0.00743, 0.000145, 0.000225, 0.00073, 0.000286, 8.7e-05, 0.107454, 0.015235, 0.007157, 0.025297, 8.3e-05, 0.01335, 0.017528, 0.000275, 4.4e-05, 0.000201, 0.000298, 0.000354, 0.012568, 0.006451, 0.002594, 0.001507, 0.067584, 0.05423, 0.019903, 0.017937, 0.01903, 0.010693, 0.004005, 0.017636, 0.014737, 0.006348, 0.008386, 0.002887, 0.003205, 0.005174, 0.00214, 0.009707, 0.008266, 0.004556, 0.000836, 0.002642, 0.009195, 0.001431, 0.003007, 0.000324, 0.006194, 0.007951, 0.005774, 0.000593, 0.003827, 0.000442, 0.000636, 0.000397, 5.1e-05, 0.000111, 0.001137, 0.015341, 3.8e-05, 2e-05, 0.001096, 4.8e-05, 9e-06]
909	93	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0936, 0.0512, 0.056, 0.0604, 0.0552, 0.0576, 0.0608, 0.0604], "mae": [14.8344, 12.7524, 11.8424, 10.5196, 9.8544, 10.0336, 9.1352, 9.8296], "mse": [476.8112, 361.1132, 342.2312, 237.5812, 216.644, 227.132, 189.356, 233.0744]}
910	93	run	14
911	17	worker	"vm:23990"
1235	21	seconds	87.378
1236	21	device	"cpu"
1237	21	best_epoch	5
1238	21	epochs	8
1239	21	mean_distribution	[0.015772, 0.024142, 0.016099, 0.013701, 0.007217, 0.005574, 0.006139, 0.005574, 0.007354, 0.004924, 0.002987, 0.003009, 0.003276, 0.003543, 0.004376, 0.003909, 0.004385, 0.004866, 0.004095, 0.007485, 0.008418, 0.014366, 0.018023, 0.025116, 0.038816, 0.054351, 0.032805, 0.030104, 0.026404, 0.025937, 0.025747, 0.021352, 0.02284, 0.028557, 0.036132, 0.032502, 0.022195, 0.014982, 0.019711, 0.018399, 0.013674, 0.011868, 0.011319, 0.011488, 0.015149, 0.008788, 0.013227, 0.0105, 0.011976, 0.019458, 0.015198, 0.010643, 0.012391, 0.008764, 0.011352, 0.011923, 0.010106, 0.014342, 0.010666, 0.008845, 0.007457, 0.004386, 0.003643, 0.003649, 0.00589, 0.004741, 0.003952, 0.003902, 0.002725, 0.005428, 0.003717, 0.003523, 0.00312, 0.003911, 0.005479, 0.002377, 0.001784, 0.001889, 0.002354, 0.003846, 0.002088, 0.001086, 0.000989, 0.001787, 0.002573, 0.001109, 0.000994, 0.001309, 0.001612, 0.00182]
963	96	mean_distribution	[2.9e-05, 0.075922, 2.9e-05, 3.2e-05, 0.000549, 0.006624, 0.015671, 2.1e-05, 0.00011, 0.011534, 6.7e-05, 9.8e-05, 0.000193, 0.00739, 1.3e-05, 0.001685, 4e-06, 2e-06, 3.1e-05, 5e-06, 1.7e-05, 2.2e-05, 9.1e-05, 0.026074, 0.000458, 0.237944, 0.076534, 0.004914, 3.1e-05, 0.000202, 0.000182, 0.000421, 0.000205, 0.004269, 0.128195, 0.004248, 0.000374, 0.028946, 0.016715, 0.011945, 2.9e-05, 0.016242, 8e-06, 0.000115, 0.003027, 0.029155, 7.6e-05, 0.000413, 0.005925, 0.009363, 0.020261, 0.040498, 0.013253, 0.014047, 0.005456, 0.004489, 0.017433, 0.011248, 0.022154, 0.009296, 0.003235, 0.005006, 0.008285, 0.001256, 0.018538, 0.011099, 0.001003, 0.018531, 0.000616, 0.00051, 0.001936, 0.001065, 0.000918, 0.002058, 0.021174, 0.000784, 0.000274, 0.010706, 2.6e-05, 0.000139, 3.6e-05, 0.000165, 4.9e-05, 0.000141, 0.008112, 3.1e-05, 5e-06, 1.7e-05, 4e-06, 2e-06]
964	96	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0384, 0.0448, 0.0496, 0.1048, 0.1036, 0.1072, 0.1168, 0.116], "mae": [15.1208, 13.01, 10.6548, 11.2488, 10.9268, 9.5016, 10.5656, 9.1644], "mse": [496.1336, 379.614, 263.6524, 303.4464, 300.8236, 220.9888, 270.8048, 200.3796]}
965	96	run	15
966	18	worker	"vm:23989"
967	17	val_accuracy	0.1012
968	17	val_mae	9.4224
969	17	val_mse	192.6968
970	17	test_accuracy	0.1108
971	17	test_mae	9.2452
972	17	test_mse	189.9756
973	17	seconds	90.685
974	17	device	"cpu"
975	17	best_epoch	8
976	17	epochs	8
977	17	mean_distribution	[8e-06, 0.069893, 7e-06, 4e-06, 7.1e-05, 1.1e-05, 0.000147, 3.8e-05, 4e-06, 0.048962, 0.000104, 2e-05, 5.8e-05, 0.000209, 0.000165, 1.9e-05, 7e-06, 2.4e-05, 6e-06, 1.3e-05, 7.3e-05, 1.5e-05, 1.4e-05, 3.8e-05, 0.008995, 0.231462, 0.000136, 0.004577, 0.000139, 0.000846, 0.002563, 0.000305, 2.1e-05, 9.7e-05, 0.146616, 0.003732, 0.000549, 0.000257, 0.031003, 0.024905, 0.00033, 8e-06, 4.5e-05, 5.6e-05, 0.008549, 0.001229, 0.000831, 0.000181, 0.001434, 0.136986, 0.002672, 0.005315, 0.053255, 0.010593, 0.012051, 0.015586, 0.006763, 0.051409, 0.014604, 0.013177, 0.001601, 0.000865, 0.003172, 0.002216, 0.016961, 0.005147, 0.007865, 0.002167, 0.00034, 0.005091, 0.003014, 0.002783, 0.002739, 0.000992, 0.002411, 0.000965, 0.000763, 0.001835, 0.000263, 0.019807, 0.000317, 0.000252, 1.6e-05, 8.2e-05, 0.006292, 0.000139, 2e-05, 2.3e-05, 0.000668, 6e-06]
978	17	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0912, 0.1052, 0.1128, 0.0628, 0.114, 0.1088, 0.1, 0.1012], "mae": [17.3936, 15.0792, 11.4684, 12.2688, 11.9136, 10.8808, 10.4052, 9.4224], "mse": [636.7824, 510.0936, 296.1468, 303.024, 327.36, 286.8792, 248.8516, 192.6968]}
979	97	worker	"vm:23990"
980	97	val_accuracy	0.1012
981	97	val_mae	9.4224
982	97	val_mse	192.6968
983	97	test_accuracy	0.1108
984	97	test_mae	9.2452
985	97	test_mse	189.9756
986	97	seconds	90.685
987	97	device	"cpu"
988	97	best_epoch	8
989	97	epochs	8
990	97	mean_distribution	[8e-06, 0.069893, 7e-06, 4e-06, 7.1e-05, 1.1e-05, 0.000147, 3.8e-05, 4e-06, 0.048962, 0.000104, 2e-05, 5.8e-05, 0.000209, 0.000165, 1.9e-05, 7e-06, 2.4e-05, 6e-06, 1.3e-05, 7.3e-05, 1.5e-05, 1.4e-05, 3.8e-05, 0.008995, 0.231462, 0.000136, 0.004577, 0.000139, 0.000846, 0.002563, 0.000305, 2.1e-05, 9.7e-05, 0.146616, 0.003732, 0.000549, 0.000257, 0.031003, 0.024905, 0.00033, 8e-06, 4.5e-05, 5.6e-05, 0.008549, 0.001229, 0.000831, 0.000181, 0.001434, 0.136986, 0.002672, 0.005315, 0.053255, 0.010593, 0.012051, 0.015586, 0.006763, 0.051409, 0.014604, 0.013177, 0.001601, 0.000865, 0.003172, 0.002216, 0.016961, 0.005147, 0.007865, 0.002167, 0.00034, 0.005091, 0.003014, 0.002783, 0.002739, 0.000992, 0.002411, 0.000965, 0.000763, 0.001835, 0.000263, 0.019807, 0.000317, 0.000252, 1.6e-05, 8.2e-05, 0.006292, 0.000139, 2e-05, 2.3e-05, 0.000668, 6e-06]
991	97	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0912, 0.1052, 0.1128, 0.0628, 0.114, 0.1088, 0.1, 0.1012], "mae": [17.3936, 15.0792, 11.4684, 12.2688, 11.9136, 10.8808, 10.4052, 9.4224], "mse": [636.7824, 510.0936, 296.1468, 303.024, 327.36, 286.8792, 248.8516, 192.6968]}
992	97	run	16
993	98	worker	"vm:23990"
994	98	val_accuracy	0.1012
995	98	val_mae	9.4224
996	98	val_mse	192.6968
997	98	test_accuracy	0.1108
998	98	test_mae	9.2452
999	98	test_mse	189.9756
1000	98	seconds	90.685
1001	98	device	"cpu"
1002	98	best_epoch	8
1003	98	epochs	8
1004	98	mean_distribution	[8e-06, 0.069893, 7e-06, 4e-06, 7.1e-05, 1.1e-05, 0.000147, 3.8e-05, 4e-06, 0.048962, 0.000104, 2e-05, 5.8e-05, 0.000209, 0.000165, 1.9e-05, 7e-06, 2.4e-05, 6e-06, 1.3e-05, 7.3e-05, 1.5e-05, 1.4e-05, 3.8e-05, 0.008995, 0.231462, 0.000136, 0.004577, 0.000139, 0.000846, 0.002563, 0.000305, 2.1e-05, 9.7e-05, 0.146616, 0.003732, 0.000549, 0.000257, 0.031003, 0.024905, 0.00033, 8e-06, 4.5e-05, 5.6e-05, 0.008549, 0.001229, 0.000831, 0.000181, 0.001434, 0.136986, 0.002672, 0.005315, 0.053255, 0.010593, 0.012051, 0.015586, 0.006763, 0.051409, 0.014604, 0.013177, 0.001601, 0.000865, 0.003172, 0.002216, 0.016961, 0.005147, 0.007865, 0.002167, 0.00034, 0.005091, 0.003014, 0.002783, 0.002739, 0.000992, 0.002411, 0.000965, 0.000763, 0.001835, 0.000263, 0.019807, 0.000317, 0.000252, 1.6e-05, 8.2e-05, 0.006292, 0.000139, 2e-05, 2.3e-05, 0.000668, 6e-06]
1005	98	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0912, 0.1052, 0.1128, 0.0628, 0.114, 0.1088, 0.1, 0.1012], "mae": [17.3936, 15.0792, 11.4684, 12.2688, 11.9136, 10.8808, 10.4052, 9.4224], "mse": [636.7824, 510.0936, 296.1468, 303.024, 327.36, 286.8792, 248.8516, 192.6968]}
1006	98	run	16
1007	99	worker	"vm:23990"
1008	99	val_accuracy	0.1012
1009	99	val_mae	9.4224
1010	99	val_mse	192.6968
1011	99	test_accuracy	0.1108
1012	99	test_mae	9.2452
1013	99	test_mse	189.9756
1014	99	seconds	90.685
1015	99	device	"cpu"
1016	99	best_epoch	8
1017	99	epochs	8
1096	104	test_mse	197.872
1097	104	seconds	88.448
1098	104	device	"cpu"
1099	104	best_epoch	7
1100	104	epochs	8
1240	21	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1272, 0.1312, 0.1028, 0.1096, 0.1128, 0.134, 0.0996], "mae": [15.61, 13.646, 12.2368, 9.3908, 9.0752, 9.188, 9.432, 9.68], "mse": [542.1804, 432.1652, 377.6296, 193.842, 178.976, 188.1952, 201.328, 228.9968]}
1018	99	mean_distribution	[8e-06, 0.069893, 7e-06, 4e-06, 7.1e-05, 1.1e-05, 0.000147, 3.8e-05, 4e-06, 0.048962, 0.000104, 2e-05, 5.8e-05, 0.000209, 0.000165, 1.9e-05, 7e-06, 2.4e-05, 6e-06, 1.3e-05, 7.3e-05, 1.5e-05, 1.4e-05, 3.8e-05, 0.008995, 0.231462, 0.000136, 0.004577, 0.000139, 0.000846, 0.002563, 0.000305, 2.1e-05, 9.7e-05, 0.146616, 0.003732, 0.000549, 0.000257, 0.031003, 0.024905, 0.00033, 8e-06, 4.5e-05, 5.6e-05, 0.008549, 0.001229, 0.000831, 0.000181, 0.001434, 0.136986, 0.002672, 0.005315, 0.053255, 0.010593, 0.012051, 0.015586, 0.006763, 0.051409, 0.014604, 0.013177, 0.001601, 0.000865, 0.003172, 0.002216, 0.016961, 0.005147, 0.007865, 0.002167, 0.00034, 0.005091, 0.003014, 0.002783, 0.002739, 0.000992, 0.002411, 0.000965, 0.000763, 0.001835, 0.000263, 0.019807, 0.000317, 0.000252, 1.6e-05, 8.2e-05, 0.006292, 0.000139, 2e-05, 2.3e-05, 0.000668, 6e-06]
1019	99	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0912, 0.1052, 0.1128, 0.0628, 0.114, 0.1088, 0.1, 0.1012], "mae": [17.3936, 15.0792, 11.4684, 12.2688, 11.9136, 10.8808, 10.4052, 9.4224], "mse": [636.7824, 510.0936, 296.1468, 303.024, 327.36, 286.8792, 248.8516, 192.6968]}
1020	99	run	16
1021	19	worker	"vm:23990"
1022	18	val_accuracy	0.1384
1023	18	val_mae	9.446
1024	18	val_mse	203.058
1025	18	test_accuracy	0.1348
1026	18	test_mae	9.1328
1027	18	test_mse	197.872
1028	18	seconds	88.448
1029	18	device	"cpu"
1030	18	best_epoch	7
1031	18	epochs	8
1032	18	mean_distribution	[0.071336, 2e-05, 2.5e-05, 0.031708, 3e-06, 5.4e-05, 1.1e-05, 2.2e-05, 0.038409, 1.9e-05, 3.9e-05, 5.8e-05, 7e-06, 3e-06, 0.014366, 1.8e-05, 2.1e-05, 3e-06, 1.3e-05, 1.6e-05, 3e-05, 1.3e-05, 8e-06, 5e-06, 0.00028, 0.324174, 0.000472, 4.7e-05, 6.3e-05, 0.006917, 4.4e-05, 0.000405, 0.000325, 0.000382, 0.281793, 0.000571, 0.001758, 0.000523, 0.002487, 0.018237, 0.004427, 4e-05, 0.000129, 0.000403, 0.022861, 7e-05, 8.5e-05, 0.00053, 0.000509, 0.011027, 0.012196, 0.003724, 0.02078, 0.006133, 0.002146, 0.00098, 0.002681, 0.008253, 0.001124, 0.005833, 0.00315, 0.00058, 0.004084, 0.003432, 0.014837, 0.001388, 0.001972, 0.00352, 0.001511, 0.007703, 0.001012, 0.014473, 0.001046, 0.004487, 0.001126, 0.001443, 0.00032, 0.000795, 0.000256, 0.025824, 0.000104, 0.000536, 0.000778, 0.000331, 0.000137, 0.003686, 0.002818, 2.4e-05, 5e-06, 1.1e-05]
1033	18	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.128, 0.1328, 0.1436, 0.1424, 0.1404, 0.1404, 0.1384, 0.1468], "mae": [15.2328, 12.8968, 11.6724, 11.9796, 9.902, 10.4316, 9.446, 9.4868], "mse": [507.6008, 349.1424, 314.4548, 331.1076, 230.8404, 267.31, 203.058, 214.534]}
1034	100	worker	"vm:23989"
1035	100	val_accuracy	0.1384
1036	100	val_mae	9.446
1037	100	val_mse	203.058
1038	100	test_accuracy	0.1348
1039	100	test_mae	9.1328
1040	100	test_mse	197.872
1041	100	seconds	88.448
1042	100	device	"cpu"
1043	100	best_epoch	7
1044	100	epochs	8
1045	100	mean_distribution	[0.071336, 2e-05, 2.5e-05, 0.031708, 3e-06, 5.4e-05, 1.1e-05, 2.2e-05, 0.038409, 1.9e-05, 3.9e-05, 5.8e-05, 7e-06, 3e-06, 0.014366, 1.8e-05, 2.1e-05, 3e-06, 1.3e-05, 1.6e-05, 3e-05, 1.3e-05, 8e-06, 5e-06, 0.00028, 0.324174, 0.000472, 4.7e-05, 6.3e-05, 0.006917, 4.4e-05, 0.000405, 0.000325, 0.000382, 0.281793, 0.000571, 0.001758, 0.000523, 0.002487, 0.018237, 0.004427, 4e-05, 0.000129, 0.000403, 0.022861, 7e-05, 8.5e-05, 0.00053, 0.000509, 0.011027, 0.012196, 0.003724, 0.02078, 0.006133, 0.002146, 0.00098, 0.002681, 0.008253, 0.001124, 0.005833, 0.00315, 0.00058, 0.004084, 0.003432, 0.014837, 0.001388, 0.001972, 0.00352, 0.001511, 0.007703, 0.001012, 0.014473, 0.001046, 0.004487, 0.001126, 0.001443, 0.00032, 0.000795, 0.000256, 0.025824, 0.000104, 0.000536, 0.000778, 0.000331, 0.000137, 0.003686, 0.002818, 2.4e-05, 5e-06, 1.1e-05]
1046	100	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.128, 0.1328, 0.1436, 0.1424, 0.1404, 0.1404, 0.1384, 0.1468], "mae": [15.2328, 12.8968, 11.6724, 11.9796, 9.902, 10.4316, 9.446, 9.4868], "mse": [507.6008, 349.1424, 314.4548, 331.1076, 230.8404, 267.31, 203.058, 214.534]}
1047	100	run	17
1048	101	n	6
1049	101	seeds	[0, 1, 2, 3, 4, 5]
1050	101	val_accuracy_mean	0.10586666666666666
1051	101	val_accuracy_std	0.03615404080689552
1052	101	val_mae_mean	9.463266666666668
1053	101	val_mae_std	0.3278295573414128
1054	101	val_mse_mean	206.86433333333332
1055	101	val_mse_std	17.451031489819357
1056	101	test_accuracy_mean	0.10666666666666667
1057	101	test_accuracy_std	0.0342757445822358
1058	101	test_mae_mean	9.402
1059	101	test_mae_std	0.3894025783170937
1060	101	test_mse_mean	214.88586666666666
1061	101	test_mse_std	23.58429271279227
1062	102	worker	"vm:23989"
1063	102	val_accuracy	0.1384
1064	102	val_mae	9.446
1065	102	val_mse	203.058
1066	102	test_accuracy	0.1348
1067	102	test_mae	9.1328
1068	102	test_mse	197.872
1069	102	seconds	88.448
1070	102	device	"cpu"
1071	102	best_epoch	7
1072	102	epochs	8
1073	102	mean_distribution	[0.071336, 2e-05, 2.5e-05, 0.031708, 3e-06, 5.4e-05, 1.1e-05, 2.2e-05, 0.038409, 1.9e-05, 3.9e-05, 5.8e-05, 7e-06, 3e-06, 0.014366, 1.8e-05, 2.1e-05, 3e-06, 1.3e-05, 1.6e-05, 3e-05, 1.3e-05, 8e-06, 5e-06, 0.00028, 0.324174, 0.000472, 4.7e-05, 6.3e-05, 0.006917, 4.4e-05, 0.000405, 0.000325, 0.000382, 0.281793, 0.000571, 0.001758, 0.000523, 0.002487, 0.018237, 0.004427, 4e-05, 0.000129, 0.000403, 0.022861, 7e-05, 8.5e-05, 0.00053, 0.000509, 0.011027, 0.012196, 0.003724, 0.02078, 0.006133, 0.002146, 0.00098, 0.002681, 0.008253, 0.001124, 0.005833, 0.00315, 0.00058, 0.004084, 0.003432, 0.014837, 0.001388, 0.001972, 0.00352, 0.001511, 0.007703, 0.001012, 0.014473, 0.001046, 0.004487, 0.001126, 0.001443, 0.00032, 0.000795, 0.000256, 0.025824, 0.000104, 0.000536, 0.000778, 0.000331, 0.000137, 0.003686, 0.002818, 2.4e-05, 5e-06, 1.1e-05]
1074	102	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.128, 0.1328, 0.1436, 0.1424, 0.1404, 0.1404, 0.1384, 0.1468], "mae": [15.2328, 12.8968, 11.6724, 11.9796, 9.902, 10.4316, 9.446, 9.4868], "mse": [507.6008, 349.1424, 314.4548, 331.1076, 230.8404, 267.31, 203.058, 214.534]}
1075	102	run	17
1076	103	n	6
1077	103	seeds	[0, 1, 2, 3, 4, 5]
1078	103	val_accuracy_mean	0.10586666666666666
1079	103	val_accuracy_std	0.03615404080689552
1101	104	mean_distribution	[0.071336, 2e-05, 2.5e-05, 0.031708, 3e-06, 5.4e-05, 1.1e-05, 2.2e-05, 0.038409, 1.9e-05, 3.9e-05, 5.8e-05, 7e-06, 3e-06, 0.014366, 1.8e-05, 2.1e-05, 3e-06, 1.3e-05, 1.6e-05, 3e-05, 1.3e-05, 8e-06, 5e-06, 0.00028, 0.324174, 0.000472, 4.7e-05, 6.3e-05, 0.006917, 4.4e-05, 0.000405, 0.000325, 0.000382, 0.281793, 0.000571, 0.001758, 0.000523, 0.002487, 0.018237, 0.004427, 4e-05, 0.000129, 0.000403, 0.022861, 7e-05, 8.5e-05, 0.00053, 0.000509, 0.011027, 0.012196, 0.003724, 0.02078, 0.006133, 0.002146, 0.00098, 0.002681, 0.008253, 0.001124, 0.005833, 0.00315, 0.00058, 0.004084, 0.003432, 0.014837, 0.001388, 0.001972, 0.00352, 0.001511, 0.007703, 0.001012, 0.014473, 0.001046, 0.004487, 0.001126, 0.001443, 0.00032, 0.000795, 0.000256, 0.025824, 0.000104, 0.000536, 0.000778, 0.000331, 0.000137, 0.003686, 0.002818, 2.4e-05, 5e-06, 1.1e-05]
1102	104	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.128, 0.1328, 0.1436, 0.1424, 0.1404, 0.1404, 0.1384, 0.1468], "mae": [15.2328, 12.8968, 11.6724, 11.9796, 9.902, 10.4316, 9.446, 9.4868], "mse": [507.6008, 349.1424, 314.4548, 331.1076, 230.8404, 267.31, 203.058, 214.534]}
1103	104	run	17
1104	105	n	6
1105	105	seeds	[0, 1, 2, 3, 4, 5]
1106	105	val_accuracy_mean	0.10586666666666666
1107	105	val_accuracy_std	0.03615404080689552
1108	105	val_mae_mean	9.463266666666668
1109	105	val_mae_std	0.3278295573414128
1110	105	val_mse_mean	206.86433333333332
1111	105	val_mse_std	17.451031489819357
1112	105	test_accuracy_mean	0.10666666666666667
1113	105	test_accuracy_std	0.0342757445822358
1114	105	test_mae_mean	9.402
1115	105	test_mae_std	0.3894025783170937
1116	105	test_mse_mean	214.88586666666666
1117	105	test_mse_std	23.58429271279227
1118	20	worker	"vm:23989"
1119	19	val_accuracy	0.114
1120	19	val_mae	9.3636
1121	19	val_mse	209.7036
1122	19	test_accuracy	0.118
1123	19	test_mae	9.1148
1124	19	test_mse	211.3532
1125	19	seconds	90.231
1126	19	device	"cpu"
1127	19	best_epoch	8
1128	19	epochs	8
1129	19	mean_distribution	[0.021474, 0.020835, 0.015041, 0.015395, 0.008458, 0.006187, 0.012619, 0.007373, 0.010024, 0.005375, 0.005361, 0.003197, 0.00319, 0.005575, 0.007705, 0.009265, 0.008116, 0.008835, 0.009748, 0.017623, 0.026404, 0.028879, 0.041856, 0.036979, 0.05136, 0.060156, 0.034083, 0.04583, 0.038125, 0.045848, 0.028743, 0.02472, 0.011777, 0.017469, 0.023212, 0.016167, 0.010191, 0.010509, 0.012581, 0.011779, 0.007139, 0.007855, 0.007251, 0.006773, 0.009321, 0.006424, 0.007623, 0.006979, 0.008322, 0.009382, 0.008872, 0.008678, 0.008141, 0.00909, 0.006912, 0.006604, 0.005984, 0.006052, 0.004751, 0.005492, 0.005078, 0.003992, 0.004537, 0.003859, 0.004731, 0.003562, 0.002711, 0.003211, 0.002351, 0.003167, 0.002698, 0.002914, 0.002089, 0.002827, 0.003492, 0.00252, 0.001674, 0.002036, 0.002021, 0.002524, 0.001354, 0.00102, 0.000899, 0.001306, 0.002409, 0.001187, 0.000727, 0.001099, 0.001013, 0.001287]
1130	19	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.0916, 0.1308, 0.1332, 0.142, 0.1324, 0.1308, 0.114], "mae": [16.2072, 15.5748, 12.4308, 11.8344, 10.6056, 10.3756, 9.7908, 9.3636], "mse": [562.856, 549.8676, 354.7508, 340.5512, 269.6672, 246.0812, 224.5484, 209.7036]}
1131	106	worker	"vm:23990"
1132	106	val_accuracy	0.114
1133	106	val_mae	9.3636
1134	106	val_mse	209.7036
1135	106	test_accuracy	0.118
1136	106	test_mae	9.1148
1137	106	test_mse	211.3532
1138	106	seconds	90.231
1139	106	device	"cpu"
1140	106	best_epoch	8
1141	106	epochs	8
1142	106	mean_distribution	[0.021474, 0.020835, 0.015041, 0.015395, 0.008458, 0.006187, 0.012619, 0.007373, 0.010024, 0.005375, 0.005361, 0.003197, 0.00319, 0.005575, 0.007705, 0.009265, 0.008116, 0.008835, 0.009748, 0.017623, 0.026404, 0.028879, 0.041856, 0.036979, 0.05136, 0.060156, 0.034083, 0.04583, 0.038125, 0.045848, 0.028743, 0.02472, 0.011777, 0.017469, 0.023212, 0.016167, 0.010191, 0.010509, 0.012581, 0.011779, 0.007139, 0.007855, 0.007251, 0.006773, 0.009321, 0.006424, 0.007623, 0.006979, 0.008322, 0.009382, 0.008872, 0.008678, 0.008141, 0.00909, 0.006912, 0.006604, 0.005984, 0.006052, 0.004751, 0.005492, 0.005078, 0.003992, 0.004537, 0.003859, 0.004731, 0.003562, 0.002711, 0.003211, 0.002351, 0.003167, 0.002698, 0.002914, 0.002089, 0.002827, 0.003492, 0.00252, 0.001674, 0.002036, 0.002021, 0.002524, 0.001354, 0.00102, 0.000899, 0.001306, 0.002409, 0.001187, 0.000727, 0.001099, 0.001013, 0.001287]
1143	106	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.0916, 0.1308, 0.1332, 0.142, 0.1324, 0.1308, 0.114], "mae": [16.2072, 15.5748, 12.4308, 11.8344, 10.6056, 10.3756, 9.7908, 9.3636], "mse": [562.856, 549.8676, 354.7508, 340.5512, 269.6672, 246.0812, 224.5484, 209.7036]}
1144	106	run	18
1145	107	worker	"vm:23990"
1146	107	val_accuracy	0.114
1147	107	val_mae	9.3636
1148	107	val_mse	209.7036
1149	107	test_accuracy	0.118
1150	107	test_mae	9.1148
1151	107	test_mse	211.3532
1152	107	seconds	90.231
1153	107	device	"cpu"
1154	107	best_epoch	8
1155	107	epochs	8
1156	107	mean_distribution	[0.021474, 0.020835, 0.015041, 0.015395, 0.008458, 0.006187, 0.012619, 0.007373, 0.010024, 0.005375, 0.005361, 0.003197, 0.00319, 0.005575, 0.007705, 0.009265, 0.008116, 0.008835, 0.009748, 0.017623, 0.026404, 0.028879, 0.041856, 0.036979, 0.05136, 0.060156, 0.034083, 0.04583, 0.038125, 0.045848, 0.028743, 0.02472, 0.011777, 0.017469, 0.023212, 0.016167, 0.010191, 0.010509, 0.012581, 0.011779, 0.007139, 0.007855, 0.007251, 0.006773, 0.009321, 0.006424, 0.007623, 0.006979, 0.008322, 0.009382, 0.008872, 0.008678, 0.008141, 0.00909, 0.006912, 0.006604, 0.005984, 0.006052, 0.004751, 0.005492, 0.005078, 0.003992, 0.004537, 0.003859, 0.004731, 0.003562, 0.002711, 0.003211, 0.002351, 0.003167, 0.002698, 0.002914, 0.002089, 0.002827, 0.003492, 0.00252, 0.001674, 0.002036, 0.002021, 0.002524, 0.001354, 0.00102, 0.000899, 0.001306, 0.002409, 0.001187, 0.000727, 0.001099, 0.001013, 0.001287]
1157	107	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.0916, 0.1308, 0.1332, 0.142, 0.1324, 0.1308, 0.114], "mae": [16.2072, 15.5748, 12.4308, 11.8344, 10.6056, 10.3756, 9.7908, 9.3636], "mse": [562.856, 549.8676, 354.7508, 340.5512, 269.6672, 246.0812, 224.5484, 209.7036]}
1158	107	run	18
1159	108	worker	"vm:23990"
1160	108	val_accuracy	0.114
1170	108	mean_distribution	[0.021474, 0.020835, 0.015041, 0.015395, 0.008458, 0.006187, 0.012619, 0.007373, 0.010024, 0.005375, 0.005361, 0.003197, 0.00319, 0.005575, 0.007705, 0.009265, 0.008116, 0.008835, 0.009748, 0.017623, 0.026404, 0.028879, 0.041856, 0.036979, 0.05136, 0.060156, 0.034083, 0.04583, 0.038125, 0.045848, 0.028743, 0.02472, 0.011777, 0.017469, 0.023212, 0.016167, 0.010191, 0.010509, 0.012581, 0.011779, 0.007139, 0.007855, 0.007251, 0.006773, 0.009321, 0.006424, 0.007623, 0.006979, 0.008322, 0.009382, 0.008872, 0.008678, 0.008141, 0.00909, 0.006912, 0.006604, 0.005984, 0.006052, 0.004751, 0.005492, 0.005078, 0.003992, 0.004537, 0.003859, 0.004731, 0.003562, 0.002711, 0.003211, 0.002351, 0.003167, 0.002698, 0.002914, 0.002089, 0.002827, 0.003492, 0.00252, 0.001674, 0.002036, 0.002021, 0.002524, 0.001354, 0.00102, 0.000899, 0.001306, 0.002409, 0.001187, 0.000727, 0.001099, 0.001013, 0.001287]
1171	108	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.118, 0.0916, 0.1308, 0.1332, 0.142, 0.1324, 0.1308, 0.114], "mae": [16.2072, 15.5748, 12.4308, 11.8344, 10.6056, 10.3756, 9.7908, 9.3636], "mse": [562.856, 549.8676, 354.7508, 340.5512, 269.6672, 246.0812, 224.5484, 209.7036]}
1172	108	run	18
1173	21	worker	"vm:23990"
1174	20	val_accuracy	0.142
1175	20	val_mae	9.3536
1176	20	val_mse	211.62
1177	20	test_accuracy	0.128
1178	20	test_mae	8.8748
1179	20	test_mse	205.2204
1180	20	seconds	93.539
1181	20	device	"cpu"
1182	20	best_epoch	8
1183	20	epochs	8
1184	20	mean_distribution	[0.035999, 0.032142, 0.015348, 0.010703, 0.013423, 0.01095, 0.010281, 0.008115, 0.00891, 0.004803, 0.004789, 0.005055, 0.005053, 0.005661, 0.006999, 0.009235, 0.008602, 0.006585, 0.006962, 0.012302, 0.012159, 0.020957, 0.020418, 0.034624, 0.045529, 0.053497, 0.039577, 0.038499, 0.03268, 0.027808, 0.023261, 0.024969, 0.021629, 0.022827, 0.028508, 0.02101, 0.013069, 0.01278, 0.012889, 0.012178, 0.008355, 0.007125, 0.007079, 0.006344, 0.009444, 0.007937, 0.009366, 0.007497, 0.007927, 0.009136, 0.008353, 0.010582, 0.008473, 0.011496, 0.010291, 0.008749, 0.007865, 0.007373, 0.005987, 0.006091, 0.005113, 0.004147, 0.004476, 0.00481, 0.006274, 0.004786, 0.004109, 0.003388, 0.003371, 0.004124, 0.0034, 0.003954, 0.003331, 0.003289, 0.003601, 0.002692, 0.002437, 0.00278, 0.002015, 0.002955, 0.002031, 0.001645, 0.001303, 0.001866, 0.003332, 0.002042, 0.001278, 0.001503, 0.001536, 0.002151]
1185	20	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1012, 0.1236, 0.0864, 0.1196, 0.1268, 0.13, 0.1344, 0.142], "mae": [17.4304, 16.2504, 13.3752, 11.0364, 11.0092, 9.45, 10.1804, 9.3536], "mse": [626.4816, 591.9264, 400.3232, 286.7588, 289.9804, 203.0404, 236.5684, 211.62]}
1186	109	worker	"vm:23989"
1187	109	val_accuracy	0.142
1188	109	val_mae	9.3536
1189	109	val_mse	211.62
1190	109	test_accuracy	0.128
1191	109	test_mae	8.8748
1192	109	test_mse	205.2204
1193	109	seconds	93.539
1194	109	device	"cpu"
1195	109	best_epoch	8
1196	109	epochs	8
1197	109	mean_distribution	[0.035999, 0.032142, 0.015348, 0.010703, 0.013423, 0.01095, 0.010281, 0.008115, 0.00891, 0.004803, 0.004789, 0.005055, 0.005053, 0.005661, 0.006999, 0.009235, 0.008602, 0.006585, 0.006962, 0.012302, 0.012159, 0.020957, 0.020418, 0.034624, 0.045529, 0.053497, 0.039577, 0.038499, 0.03268, 0.027808, 0.023261, 0.024969, 0.021629, 0.022827, 0.028508, 0.02101, 0.013069, 0.01278, 0.012889, 0.012178, 0.008355, 0.007125, 0.007079, 0.006344, 0.009444, 0.007937, 0.009366, 0.007497, 0.007927, 0.009136, 0.008353, 0.010582, 0.008473, 0.011496, 0.010291, 0.008749, 0.007865, 0.007373, 0.005987, 0.006091, 0.005113, 0.004147, 0.004476, 0.00481, 0.006274, 0.004786, 0.004109, 0.003388, 0.003371, 0.004124, 0.0034, 0.003954, 0.003331, 0.003289, 0.003601, 0.002692, 0.002437, 0.00278, 0.002015, 0.002955, 0.002031, 0.001645, 0.001303, 0.001866, 0.003332, 0.002042, 0.001278, 0.001503, 0.001536, 0.002151]
1198	109	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1012, 0.1236, 0.0864, 0.1196, 0.1268, 0.13, 0.1344, 0.142], "mae": [17.4304, 16.2504, 13.3752, 11.0364, 11.0092, 9.45, 10.1804, 9.3536], "mse": [626.4816, 591.9264, 400.3232, 286.7588, 289.9804, 203.0404, 236.5684, 211.62]}
1199	109	run	19
1200	110	worker	"vm:23989"
1201	110	val_accuracy	0.142
1202	110	val_mae	9.3536
1203	110	val_mse	211.62
1204	110	test_accuracy	0.128
1205	110	test_mae	8.8748
1206	110	test_mse	205.2204
1207	110	seconds	93.539
1208	110	device	"cpu"
1209	110	best_epoch	8
1210	110	epochs	8
1211	110	mean_distribution	[0.035999, 0.032142, 0.015348, 0.010703, 0.013423, 0.01095, 0.010281, 0.008115, 0.00891, 0.004803, 0.004789, 0.005055, 0.005053, 0.005661, 0.006999, 0.009235, 0.008602, 0.006585, 0.006962, 0.012302, 0.012159, 0.020957, 0.020418, 0.034624, 0.045529, 0.053497, 0.039577, 0.038499, 0.03268, 0.027808, 0.023261, 0.024969, 0.021629, 0.022827, 0.028508, 0.02101, 0.013069, 0.01278, 0.012889, 0.012178, 0.008355, 0.007125, 0.007079, 0.006344, 0.009444, 0.007937, 0.009366, 0.007497, 0.007927, 0.009136, 0.008353, 0.010582, 0.008473, 0.011496, 0.010291, 0.008749, 0.007865, 0.007373, 0.005987, 0.006091, 0.005113, 0.004147, 0.004476, 0.00481, 0.006274, 0.004786, 0.004109, 0.003388, 0.003371, 0.004124, 0.0034, 0.003954, 0.003331, 0.003289, 0.003601, 0.002692, 0.002437, 0.00278, 0.002015, 0.002955, 0.002031, 0.001645, 0.001303, 0.001866, 0.003332, 0.002042, 0.001278, 0.001503, 0.001536, 0.002151]
1212	110	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1012, 0.1236, 0.0864, 0.1196, 0.1268, 0.13, 0.1344, 0.142], "mae": [17.4304, 16.2504, 13.3752, 11.0364, 11.0092, 9.45, 10.1804, 9.3536], "mse": [626.4816, 591.9264, 400.3232, 286.7588, 289.9804, 203.0404, 236.5684, 211.62]}
1213	110	run	19
1214	111	worker	"vm:23989"
1215	111	val_accuracy	0.142
1216	111	val_mae	9.3536
1217	111	val_mse	211.62
1218	111	test_accuracy	0.128
1219	111	test_mae	8.8748
1220	111	test_mse	205.2204
1221	111	seconds	93.539
1222	111	device	"cpu"
1223	111	best_epoch	8
1224	111	epochs	8
1241	112	val_accuracy	0.1096
1242	112	val_mae	9.0752
1243	112	val_mse	178.976
1244	112	test_accuracy	0.1128
1245	112	test_mae	9.2176
1246	112	test_mse	204.2288
1247	112	seconds	87.378
1248	112	device	"cpu"
1249	112	best_epoch	5
1225	111	mean_distribution	[0.035999, 0.032142, 0.015348, 0.010703, 0.013423, 0.01095, 0.010281, 0.008115, 0.00891, 0.004803, 0.004789, 0.005055, 0.005053, 0.005661, 0.006999, 0.009235, 0.008602, 0.006585, 0.006962, 0.012302, 0.012159, 0.020957, 0.020418, 0.034624, 0.045529, 0.053497, 0.039577, 0.038499, 0.03268, 0.027808, 0.023261, 0.024969, 0.021629, 0.022827, 0.028508, 0.02101, 0.013069, 0.01278, 0.012889, 0.012178, 0.008355, 0.007125, 0.007079, 0.006344, 0.009444, 0.007937, 0.009366, 0.007497, 0.007927, 0.009136, 0.008353, 0.010582, 0.008473, 0.011496, 0.010291, 0.008749, 0.007865, 0.007373, 0.005987, 0.006091, 0.005113, 0.004147, 0.004476, 0.00481, 0.006274, 0.004786, 0.004109, 0.003388, 0.003371, 0.004124, 0.0034, 0.003954, 0.003331, 0.003289, 0.003601, 0.002692, 0.002437, 0.00278, 0.002015, 0.002955, 0.002031, 0.001645, 0.001303, 0.001866, 0.003332, 0.002042, 0.001278, 0.001503, 0.001536, 0.002151]
1226	111	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1012, 0.1236, 0.0864, 0.1196, 0.1268, 0.13, 0.1344, 0.142], "mae": [17.4304, 16.2504, 13.3752, 11.0364, 11.0092, 9.45, 10.1804, 9.3536], "mse": [626.4816, 591.9264, 400.3232, 286.7588, 289.9804, 203.0404, 236.5684, 211.62]}
1227	111	run	19
1228	22	worker	"vm:23989"
1250	112	epochs	8
1251	112	mean_distribution	[0.015772, 0.024142, 0.016099, 0.013701, 0.007217, 0.005574, 0.006139, 0.005574, 0.007354, 0.004924, 0.002987, 0.003009, 0.003276, 0.003543, 0.004376, 0.003909, 0.004385, 0.004866, 0.004095, 0.007485, 0.008418, 0.014366, 0.018023, 0.025116, 0.038816, 0.054351, 0.032805, 0.030104, 0.026404, 0.025937, 0.025747, 0.021352, 0.02284, 0.028557, 0.036132, 0.032502, 0.022195, 0.014982, 0.019711, 0.018399, 0.013674, 0.011868, 0.011319, 0.011488, 0.015149, 0.008788, 0.013227, 0.0105, 0.011976, 0.019458, 0.015198, 0.010643, 0.012391, 0.008764, 0.011352, 0.011923, 0.010106, 0.014342, 0.010666, 0.008845, 0.007457, 0.004386, 0.003643, 0.003649, 0.00589, 0.004741, 0.003952, 0.003902, 0.002725, 0.005428, 0.003717, 0.003523, 0.00312, 0.003911, 0.005479, 0.002377, 0.001784, 0.001889, 0.002354, 0.003846, 0.002088, 0.001086, 0.000989, 0.001787, 0.002573, 0.001109, 0.000994, 0.001309, 0.001612, 0.00182]
1252	112	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1272, 0.1312, 0.1028, 0.1096, 0.1128, 0.134, 0.0996], "mae": [15.61, 13.646, 12.2368, 9.3908, 9.0752, 9.188, 9.432, 9.68], "mse": [542.1804, 432.1652, 377.6296, 193.842, 178.976, 188.1952, 201.328, 228.9968]}
1253	112	worker	"vm:23990"
1254	112	run	20
1255	113	val_accuracy	0.1096
1256	113	val_mae	9.0752
1257	113	val_mse	178.976
1258	113	test_accuracy	0.1128
1259	113	test_mae	9.2176
1260	113	test_mse	204.2288
1261	113	seconds	87.378
1262	113	device	"cpu"
1263	113	best_epoch	5
1264	113	epochs	8
1265	113	mean_distribution	[0.015772, 0.024142, 0.016099, 0.013701, 0.007217, 0.005574, 0.006139, 0.005574, 0.007354, 0.004924, 0.002987, 0.003009, 0.003276, 0.003543, 0.004376, 0.003909, 0.004385, 0.004866, 0.004095, 0.007485, 0.008418, 0.014366, 0.018023, 0.025116, 0.038816, 0.054351, 0.032805, 0.030104, 0.026404, 0.025937, 0.025747, 0.021352, 0.02284, 0.028557, 0.036132, 0.032502, 0.022195, 0.014982, 0.019711, 0.018399, 0.013674, 0.011868, 0.011319, 0.011488, 0.015149, 0.008788, 0.013227, 0.0105, 0.011976, 0.019458, 0.015198, 0.010643, 0.012391, 0.008764, 0.011352, 0.011923, 0.010106, 0.014342, 0.010666, 0.008845, 0.007457, 0.004386, 0.003643, 0.003649, 0.00589, 0.004741, 0.003952, 0.003902, 0.002725, 0.005428, 0.003717, 0.003523, 0.00312, 0.003911, 0.005479, 0.002377, 0.001784, 0.001889, 0.002354, 0.003846, 0.002088, 0.001086, 0.000989, 0.001787, 0.002573, 0.001109, 0.000994, 0.001309, 0.001612, 0.00182]
1266	113	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1272, 0.1312, 0.1028, 0.1096, 0.1128, 0.134, 0.0996], "mae": [15.61, 13.646, 12.2368, 9.3908, 9.0752, 9.188, 9.432, 9.68], "mse": [542.1804, 432.1652, 377.6296, 193.842, 178.976, 188.1952, 201.328, 228.9968]}
1267	113	worker	"vm:23990"
1268	113	run	20
1269	114	val_accuracy	0.1096
1270	114	val_mae	9.0752
1271	114	val_mse	178.976
1272	114	test_accuracy	0.1128
1273	114	test_mae	9.2176
1274	114	test_mse	204.2288
1275	114	seconds	87.378
1276	114	device	"cpu"
1277	114	best_epoch	5
1278	114	epochs	8
1279	114	mean_distribution	[0.015772, 0.024142, 0.016099, 0.013701, 0.007217, 0.005574, 0.006139, 0.005574, 0.007354, 0.004924, 0.002987, 0.003009, 0.003276, 0.003543, 0.004376, 0.003909, 0.004385, 0.004866, 0.004095, 0.007485, 0.008418, 0.014366, 0.018023, 0.025116, 0.038816, 0.054351, 0.032805, 0.030104, 0.026404, 0.025937, 0.025747, 0.021352, 0.02284, 0.028557, 0.036132, 0.032502, 0.022195, 0.014982, 0.019711, 0.018399, 0.013674, 0.011868, 0.011319, 0.011488, 0.015149, 0.008788, 0.013227, 0.0105, 0.011976, 0.019458, 0.015198, 0.010643, 0.012391, 0.008764, 0.011352, 0.011923, 0.010106, 0.014342, 0.010666, 0.008845, 0.007457, 0.004386, 0.003643, 0.003649, 0.00589, 0.004741, 0.003952, 0.003902, 0.002725, 0.005428, 0.003717, 0.003523, 0.00312, 0.003911, 0.005479, 0.002377, 0.001784, 0.001889, 0.002354, 0.003846, 0.002088, 0.001086, 0.000989, 0.001787, 0.002573, 0.001109, 0.000994, 0.001309, 0.001612, 0.00182]
1280	114	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1236, 0.1272, 0.1312, 0.1028, 0.1096, 0.1128, 0.134, 0.0996], "mae": [15.61, 13.646, 12.2368, 9.3908, 9.0752, 9.188, 9.432, 9.68], "mse": [542.1804, 432.1652, 377.6296, 193.842, 178.976, 188.1952, 201.328, 228.9968]}
1281	114	worker	"vm:23990"
1282	114	run	20
1283	23	worker	"vm:23990"
1284	22	val_accuracy	0.1324
1285	22	val_mae	9.0408
1286	22	val_mse	183.196
1287	22	test_accuracy	0.1292
1288	22	test_mae	9.0788
1289	22	test_mse	196.4468
1290	22	seconds	86.461
1291	22	device	"cpu"
1292	22	best_epoch	8
1293	22	epochs	8
1338	24	worker	"vm:23989"
1339	23	val_accuracy	0.0872
1340	23	val_mae	9.286
1341	23	val_mse	192.722
1342	23	test_accuracy	0.096
1343	23	test_mae	9.0632
1344	23	test_mse	190.6336
1345	23	seconds	77.18
1346	23	device	"cpu"
1347	23	best_epoch	8
1348	23	epochs	8
1393	25	worker	"vm:23990"
1394	24	val_accuracy	0.106
1395	24	val_mae	9.0212
1396	24	val_mse	185.2188
1397	24	test_accuracy	0.1176
1294	22	mean_distribution	[0.027369, 0.014936, 0.0151, 0.008604, 0.008335, 0.006235, 0.005517, 0.005895, 0.008625, 0.005057, 0.003081, 0.003426, 0.003746, 0.003846, 0.002787, 0.004744, 0.005481, 0.005305, 0.005079, 0.009443, 0.011057, 0.010954, 0.018369, 0.019477, 0.032904, 0.05771, 0.032887, 0.030916, 0.023425, 0.033781, 0.021869, 0.024992, 0.027075, 0.03235, 0.03217, 0.023888, 0.016962, 0.020284, 0.018615, 0.015923, 0.012192, 0.008451, 0.006725, 0.00777, 0.012805, 0.009107, 0.011848, 0.007359, 0.009476, 0.016086, 0.012267, 0.017527, 0.017073, 0.022175, 0.016058, 0.01401, 0.01047, 0.010532, 0.009351, 0.011034, 0.008121, 0.005797, 0.005528, 0.003837, 0.007592, 0.005788, 0.003632, 0.005658, 0.003488, 0.006271, 0.004368, 0.002731, 0.002644, 0.003189, 0.004351, 0.002499, 0.002165, 0.002772, 0.002069, 0.003655, 0.001629, 0.001225, 0.000886, 0.001383, 0.002785, 0.00127, 0.000643, 0.000893, 0.001046, 0.001551]
1295	22	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1168, 0.1392, 0.1408, 0.1392, 0.1376, 0.1276, 0.1324], "mae": [17.5244, 14.018, 12.0652, 10.9032, 10.1976, 9.4872, 10.0736, 9.0408], "mse": [645.8156, 433.6228, 328.4388, 295.1256, 248.7312, 201.096, 247.2912, 183.196]}
1296	115	worker	"vm:23989"
1297	115	val_accuracy	0.1324
1298	115	val_mae	9.0408
1299	115	val_mse	183.196
1300	115	test_accuracy	0.1292
1301	115	test_mae	9.0788
1302	115	test_mse	196.4468
1303	115	seconds	86.461
1304	115	device	"cpu"
1305	115	best_epoch	8
1306	115	epochs	8
1307	115	mean_distribution	[0.027369, 0.014936, 0.0151, 0.008604, 0.008335, 0.006235, 0.005517, 0.005895, 0.008625, 0.005057, 0.003081, 0.003426, 0.003746, 0.003846, 0.002787, 0.004744, 0.005481, 0.005305, 0.005079, 0.009443, 0.011057, 0.010954, 0.018369, 0.019477, 0.032904, 0.05771, 0.032887, 0.030916, 0.023425, 0.033781, 0.021869, 0.024992, 0.027075, 0.03235, 0.03217, 0.023888, 0.016962, 0.020284, 0.018615, 0.015923, 0.012192, 0.008451, 0.006725, 0.00777, 0.012805, 0.009107, 0.011848, 0.007359, 0.009476, 0.016086, 0.012267, 0.017527, 0.017073, 0.022175, 0.016058, 0.01401, 0.01047, 0.010532, 0.009351, 0.011034, 0.008121, 0.005797, 0.005528, 0.003837, 0.007592, 0.005788, 0.003632, 0.005658, 0.003488, 0.006271, 0.004368, 0.002731, 0.002644, 0.003189, 0.004351, 0.002499, 0.002165, 0.002772, 0.002069, 0.003655, 0.001629, 0.001225, 0.000886, 0.001383, 0.002785, 0.00127, 0.000643, 0.000893, 0.001046, 0.001551]
1308	115	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1168, 0.1392, 0.1408, 0.1392, 0.1376, 0.1276, 0.1324], "mae": [17.5244, 14.018, 12.0652, 10.9032, 10.1976, 9.4872, 10.0736, 9.0408], "mse": [645.8156, 433.6228, 328.4388, 295.1256, 248.7312, 201.096, 247.2912, 183.196]}
1309	115	run	21
1310	116	worker	"vm:23989"
1311	116	val_accuracy	0.1324
1312	116	val_mae	9.0408
1313	116	val_mse	183.196
1314	116	test_accuracy	0.1292
1315	116	test_mae	9.0788
1316	116	test_mse	196.4468
1317	116	seconds	86.461
1318	116	device	"cpu"
1319	116	best_epoch	8
1320	116	epochs	8
1321	116	mean_distribution	[0.027369, 0.014936, 0.0151, 0.008604, 0.008335, 0.006235, 0.005517, 0.005895, 0.008625, 0.005057, 0.003081, 0.003426, 0.003746, 0.003846, 0.002787, 0.004744, 0.005481, 0.005305, 0.005079, 0.009443, 0.011057, 0.010954, 0.018369, 0.019477, 0.032904, 0.05771, 0.032887, 0.030916, 0.023425, 0.033781, 0.021869, 0.024992, 0.027075, 0.03235, 0.03217, 0.023888, 0.016962, 0.020284, 0.018615, 0.015923, 0.012192, 0.008451, 0.006725, 0.00777, 0.012805, 0.009107, 0.011848, 0.007359, 0.009476, 0.016086, 0.012267, 0.017527, 0.017073, 0.022175, 0.016058, 0.01401, 0.01047, 0.010532, 0.009351, 0.011034, 0.008121, 0.005797, 0.005528, 0.003837, 0.007592, 0.005788, 0.003632, 0.005658, 0.003488, 0.006271, 0.004368, 0.002731, 0.002644, 0.003189, 0.004351, 0.002499, 0.002165, 0.002772, 0.002069, 0.003655, 0.001629, 0.001225, 0.000886, 0.001383, 0.002785, 0.00127, 0.000643, 0.000893, 0.001046, 0.001551]
1322	116	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1168, 0.1392, 0.1408, 0.1392, 0.1376, 0.1276, 0.1324], "mae": [17.5244, 14.018, 12.0652, 10.9032, 10.1976, 9.4872, 10.0736, 9.0408], "mse": [645.8156, 433.6228, 328.4388, 295.1256, 248.7312, 201.096, 247.2912, 183.196]}
1323	116	run	21
1324	117	worker	"vm:23989"
1325	117	val_accuracy	0.1324
1326	117	val_mae	9.0408
1327	117	val_mse	183.196
1328	117	test_accuracy	0.1292
1329	117	test_mae	9.0788
1330	117	test_mse	196.4468
1331	117	seconds	86.461
1332	117	device	"cpu"
1333	117	best_epoch	8
1334	117	epochs	8
1335	117	mean_distribution	[0.027369, 0.014936, 0.0151, 0.008604, 0.008335, 0.006235, 0.005517, 0.005895, 0.008625, 0.005057, 0.003081, 0.003426, 0.003746, 0.003846, 0.002787, 0.004744, 0.005481, 0.005305, 0.005079, 0.009443, 0.011057, 0.010954, 0.018369, 0.019477, 0.032904, 0.05771, 0.032887, 0.030916, 0.023425, 0.033781, 0.021869, 0.024992, 0.027075, 0.03235, 0.03217, 0.023888, 0.016962, 0.020284, 0.018615, 0.015923, 0.012192, 0.008451, 0.006725, 0.00777, 0.012805, 0.009107, 0.011848, 0.007359, 0.009476, 0.016086, 0.012267, 0.017527, 0.017073, 0.022175, 0.016058, 0.01401, 0.01047, 0.010532, 0.009351, 0.011034, 0.008121, 0.005797, 0.005528, 0.003837, 0.007592, 0.005788, 0.003632, 0.005658, 0.003488, 0.006271, 0.004368, 0.002731, 0.002644, 0.003189, 0.004351, 0.002499, 0.002165, 0.002772, 0.002069, 0.003655, 0.001629, 0.001225, 0.000886, 0.001383, 0.002785, 0.00127, 0.000643, 0.000893, 0.001046, 0.001551]
1336	117	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1168, 0.1392, 0.1408, 0.1392, 0.1376, 0.1276, 0.1324], "mae": [17.5244, 14.018, 12.0652, 10.9032, 10.1976, 9.4872, 10.0736, 9.0408], "mse": [645.8156, 433.6228, 328.4388, 295.1256, 248.7312, 201.096, 247.2912, 183.196]}
1337	117	run	21
1349	23	mean_distribution	[0.016287, 0.013698, 0.020117, 0.015486, 0.011834, 0.008074, 0.008098, 0.013324, 0.009639, 0.007489, 0.004985, 0.006084, 0.006124, 0.006399, 0.005892, 0.006472, 0.006186, 0.007554, 0.005142, 0.006264, 0.009908, 0.01132, 0.011337, 0.021963, 0.02949, 0.030407, 0.023393, 0.024958, 0.029138, 0.032576, 0.022232, 0.018597, 0.019003, 0.026358, 0.0223, 0.024116, 0.013141, 0.018831, 0.014165, 0.013076, 0.010666, 0.009368, 0.008299, 0.008481, 0.016703, 0.011281, 0.010866, 0.009963, 0.016458, 0.022212, 0.01725, 0.015452, 0.014928, 0.021061, 0.015796, 0.016219, 0.012072, 0.013716, 0.008389, 0.009427, 0.009602, 0.007536, 0.007809, 0.008568, 0.012256, 0.00822, 0.006086, 0.004734, 0.003308, 0.005037, 0.003779, 0.003846, 0.002997, 0.003815, 0.004758, 0.002912, 0.0026, 0.003163, 0.00336, 0.004039, 0.002507, 0.001718, 0.001554, 0.002289, 0.005059, 0.002048, 0.001218, 0.001234, 0.001754, 0.002126]
1350	23	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1212, 0.1328, 0.1404, 0.1256, 0.116, 0.1052, 0.0872], "mae": [15.946, 13.5468, 11.6764, 10.5048, 10.03, 9.9736, 10.0, 9.286], "mse": [552.1956, 418.0812, 316.4844, 255.2336, 245.3468, 233.004, 245.5288, 192.722]}
1351	118	worker	"vm:23990"
1352	118	val_accuracy	0.0872
1353	118	val_mae	9.286
1354	118	val_mse	192.722
1355	118	test_accuracy	0.096
1356	118	test_mae	9.0632
1357	118	test_mse	190.6336
1358	118	seconds	77.18
1359	118	device	"cpu"
1360	118	best_epoch	8
1361	118	epochs	8
1362	118	mean_distribution	[0.016287, 0.013698, 0.020117, 0.015486, 0.011834, 0.008074, 0.008098, 0.013324, 0.009639, 0.007489, 0.004985, 0.006084, 0.006124, 0.006399, 0.005892, 0.006472, 0.006186, 0.007554, 0.005142, 0.006264, 0.009908, 0.01132, 0.011337, 0.021963, 0.02949, 0.030407, 0.023393, 0.024958, 0.029138, 0.032576, 0.022232, 0.018597, 0.019003, 0.026358, 0.0223, 0.024116, 0.013141, 0.018831, 0.014165, 0.013076, 0.010666, 0.009368, 0.008299, 0.008481, 0.016703, 0.011281, 0.010866, 0.009963, 0.016458, 0.022212, 0.01725, 0.015452, 0.014928, 0.021061, 0.015796, 0.016219, 0.012072, 0.013716, 0.008389, 0.009427, 0.009602, 0.007536, 0.007809, 0.008568, 0.012256, 0.00822, 0.006086, 0.004734, 0.003308, 0.005037, 0.003779, 0.003846, 0.002997, 0.003815, 0.004758, 0.002912, 0.0026, 0.003163, 0.00336, 0.004039, 0.002507, 0.001718, 0.001554, 0.002289, 0.005059, 0.002048, 0.001218, 0.001234, 0.001754, 0.002126]
1363	118	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1212, 0.1328, 0.1404, 0.1256, 0.116, 0.1052, 0.0872], "mae": [15.946, 13.5468, 11.6764, 10.5048, 10.03, 9.9736, 10.0, 9.286], "mse": [552.1956, 418.0812, 316.4844, 255.2336, 245.3468, 233.004, 245.5288, 192.722]}
1364	118	run	22
1365	119	worker	"vm:23990"
1366	119	val_accuracy	0.0872
1367	119	val_mae	9.286
1368	119	val_mse	192.722
1369	119	test_accuracy	0.096
1370	119	test_mae	9.0632
1371	119	test_mse	190.6336
1372	119	seconds	77.18
1373	119	device	"cpu"
1374	119	best_epoch	8
1375	119	epochs	8
1376	119	mean_distribution	[0.016287, 0.013698, 0.020117, 0.015486, 0.011834, 0.008074, 0.008098, 0.013324, 0.009639, 0.007489, 0.004985, 0.006084, 0.006124, 0.006399, 0.005892, 0.006472, 0.006186, 0.007554, 0.005142, 0.006264, 0.009908, 0.01132, 0.011337, 0.021963, 0.02949, 0.030407, 0.023393, 0.024958, 0.029138, 0.032576, 0.022232, 0.018597, 0.019003, 0.026358, 0.0223, 0.024116, 0.013141, 0.018831, 0.014165, 0.013076, 0.010666, 0.009368, 0.008299, 0.008481, 0.016703, 0.011281, 0.010866, 0.009963, 0.016458, 0.022212, 0.01725, 0.015452, 0.014928, 0.021061, 0.015796, 0.016219, 0.012072, 0.013716, 0.008389, 0.009427, 0.009602, 0.007536, 0.007809, 0.008568, 0.012256, 0.00822, 0.006086, 0.004734, 0.003308, 0.005037, 0.003779, 0.003846, 0.002997, 0.003815, 0.004758, 0.002912, 0.0026, 0.003163, 0.00336, 0.004039, 0.002507, 0.001718, 0.001554, 0.002289, 0.005059, 0.002048, 0.001218, 0.001234, 0.001754, 0.002126]
1377	119	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1212, 0.1328, 0.1404, 0.1256, 0.116, 0.1052, 0.0872], "mae": [15.946, 13.5468, 11.6764, 10.5048, 10.03, 9.9736, 10.0, 9.286], "mse": [552.1956, 418.0812, 316.4844, 255.2336, 245.3468, 233.004, 245.5288, 192.722]}
1378	119	run	22
1379	120	worker	"vm:23990"
1380	120	val_accuracy	0.0872
1381	120	val_mae	9.286
1382	120	val_mse	192.722
1383	120	test_accuracy	0.096
1384	120	test_mae	9.0632
1385	120	test_mse	190.6336
1386	120	seconds	77.18
1387	120	device	"cpu"
1388	120	best_epoch	8
1389	120	epochs	8
1390	120	mean_distribution	[0.016287, 0.013698, 0.020117, 0.015486, 0.011834, 0.008074, 0.008098, 0.013324, 0.009639, 0.007489, 0.004985, 0.006084, 0.006124, 0.006399, 0.005892, 0.006472, 0.006186, 0.007554, 0.005142, 0.006264, 0.009908, 0.01132, 0.011337, 0.021963, 0.02949, 0.030407, 0.023393, 0.024958, 0.029138, 0.032576, 0.022232, 0.018597, 0.019003, 0.026358, 0.0223, 0.024116, 0.013141, 0.018831, 0.014165, 0.013076, 0.010666, 0.009368, 0.008299, 0.008481, 0.016703, 0.011281, 0.010866, 0.009963, 0.016458, 0.022212, 0.01725, 0.015452, 0.014928, 0.021061, 0.015796, 0.016219, 0.012072, 0.013716, 0.008389, 0.009427, 0.009602, 0.007536, 0.007809, 0.008568, 0.012256, 0.00822, 0.006086, 0.004734, 0.003308, 0.005037, 0.003779, 0.003846, 0.002997, 0.003815, 0.004758, 0.002912, 0.0026, 0.003163, 0.00336, 0.004039, 0.002507, 0.001718, 0.001554, 0.002289, 0.005059, 0.002048, 0.001218, 0.001234, 0.001754, 0.002126]
1391	120	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1212, 0.1328, 0.1404, 0.1256, 0.116, 0.1052, 0.0872], "mae": [15.946, 13.5468, 11.6764, 10.5048, 10.03, 9.9736, 10.0, 9.286], "mse": [552.1956, 418.0812, 316.4844, 255.2336, 245.3468, 233.004, 245.5288, 192.722]}
1392	120	run	22
1398	24	test_mae	8.844
1399	24	test_mse	199.3184
1400	24	seconds	76.636
1401	24	device	"cpu"
1402	24	best_epoch	7
1403	24	epochs	8
1404	24	mean_distribution	[0.018728, 0.020549, 0.018169, 0.016575, 0.009205, 0.004056, 0.006768, 0.009417, 0.007117, 0.005826, 0.003876, 0.005002, 0.004695, 0.004057, 0.006062, 0.009175, 0.005207, 0.005275, 0.003555, 0.007341, 0.007917, 0.010836, 0.015175, 0.024567, 0.026714, 0.042082, 0.024612, 0.022763, 0.023877, 0.022135, 0.022326, 0.028149, 0.021718, 0.029966, 0.030489, 0.022486, 0.020341, 0.023103, 0.01827, 0.026442, 0.016666, 0.009426, 0.006809, 0.006489, 0.017246, 0.011067, 0.012872, 0.012135, 0.012319, 0.020118, 0.017395, 0.015229, 0.012616, 0.012641, 0.009367, 0.011607, 0.011624, 0.010872, 0.006197, 0.009803, 0.005783, 0.005555, 0.005083, 0.005209, 0.007564, 0.005048, 0.005411, 0.00607, 0.004903, 0.006082, 0.0049, 0.004523, 0.004591, 0.004205, 0.004906, 0.003174, 0.002933, 0.003836, 0.003349, 0.005038, 0.00272, 0.001863, 0.001597, 0.002472, 0.005213, 0.002409, 0.001412, 0.002122, 0.002199, 0.002712]
1405	24	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1116, 0.1264, 0.1072, 0.1368, 0.134, 0.1032, 0.106, 0.1168], "mae": [18.3984, 13.8168, 11.1052, 10.8624, 9.954, 9.7436, 9.0212, 9.1256], "mse": [715.1168, 443.8968, 286.2636, 282.8024, 236.5884, 234.0116, 185.2188, 202.5848]}
1406	121	worker	"vm:23989"
1407	121	val_accuracy	0.106
1408	121	val_mae	9.0212
1409	121	val_mse	185.2188
1410	121	test_accuracy	0.1176
1411	121	test_mae	8.844
1412	121	test_mse	199.3184
1413	121	seconds	76.636
1414	121	device	"cpu"
1415	121	best_epoch	7
1416	121	epochs	8
1417	121	mean_distribution	[0.018728, 0.020549, 0.018169, 0.016575, 0.009205, 0.004056, 0.006768, 0.009417, 0.007117, 0.005826, 0.003876, 0.005002, 0.004695, 0.004057, 0.006062, 0.009175, 0.005207, 0.005275, 0.003555, 0.007341, 0.007917, 0.010836, 0.015175, 0.024567, 0.026714, 0.042082, 0.024612, 0.022763, 0.023877, 0.022135, 0.022326, 0.028149, 0.021718, 0.029966, 0.030489, 0.022486, 0.020341, 0.023103, 0.01827, 0.026442, 0.016666, 0.009426, 0.006809, 0.006489, 0.017246, 0.011067, 0.012872, 0.012135, 0.012319, 0.020118, 0.017395, 0.015229, 0.012616, 0.012641, 0.009367, 0.011607, 0.011624, 0.010872, 0.006197, 0.009803, 0.005783, 0.005555, 0.005083, 0.005209, 0.007564, 0.005048, 0.005411, 0.00607, 0.004903, 0.006082, 0.0049, 0.004523, 0.004591, 0.004205, 0.004906, 0.003174, 0.002933, 0.003836, 0.003349, 0.005038, 0.00272, 0.001863, 0.001597, 0.002472, 0.005213, 0.002409, 0.001412, 0.002122, 0.002199, 0.002712]
1418	121	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1116, 0.1264, 0.1072, 0.1368, 0.134, 0.1032, 0.106, 0.1168], "mae": [18.3984, 13.8168, 11.1052, 10.8624, 9.954, 9.7436, 9.0212, 9.1256], "mse": [715.1168, 443.8968, 286.2636, 282.8024, 236.5884, 234.0116, 185.2188, 202.5848]}
1419	121	run	23
1420	122	n	6
1421	122	seeds	[0, 1, 2, 3, 4, 5]
1422	122	val_accuracy_mean	0.11520000000000001
1423	122	val_accuracy_std	0.0195730426863071
1424	122	val_mae_mean	9.190066666666667
1425	122	val_mae_std	0.1612767889891988
1426	122	val_mse_mean	193.57273333333333
1427	122	val_mse_std	13.97971288384231
1428	122	test_accuracy_mean	0.11693333333333333
1429	122	test_accuracy_std	0.012081501010498104
1430	122	test_mae_mean	9.0322
1431	122	test_mae_std	0.14458387185298352
1432	122	test_mse_mean	201.2002
1433	122	test_mse_std	7.296668463895011
1434	123	worker	"vm:23989"
1435	123	val_accuracy	0.106
1436	123	val_mae	9.0212
1437	123	val_mse	185.2188
1438	123	test_accuracy	0.1176
1439	123	test_mae	8.844
1440	123	test_mse	199.3184
1441	123	seconds	76.636
1442	123	device	"cpu"
1443	123	best_epoch	7
1444	123	epochs	8
1445	123	mean_distribution	[0.018728, 0.020549, 0.018169, 0.016575, 0.009205, 0.004056, 0.006768, 0.009417, 0.007117, 0.005826, 0.003876, 0.005002, 0.004695, 0.004057, 0.006062, 0.009175, 0.005207, 0.005275, 0.003555, 0.007341, 0.007917, 0.010836, 0.015175, 0.024567, 0.026714, 0.042082, 0.024612, 0.022763, 0.023877, 0.022135, 0.022326, 0.028149, 0.021718, 0.029966, 0.030489, 0.022486, 0.020341, 0.023103, 0.01827, 0.026442, 0.016666, 0.009426, 0.006809, 0.006489, 0.017246, 0.011067, 0.012872, 0.012135, 0.012319, 0.020118, 0.017395, 0.015229, 0.012616, 0.012641, 0.009367, 0.011607, 0.011624, 0.010872, 0.006197, 0.009803, 0.005783, 0.005555, 0.005083, 0.005209, 0.007564, 0.005048, 0.005411, 0.00607, 0.004903, 0.006082, 0.0049, 0.004523, 0.004591, 0.004205, 0.004906, 0.003174, 0.002933, 0.003836, 0.003349, 0.005038, 0.00272, 0.001863, 0.001597, 0.002472, 0.005213, 0.002409, 0.001412, 0.002122, 0.002199, 0.002712]
1446	123	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1116, 0.1264, 0.1072, 0.1368, 0.134, 0.1032, 0.106, 0.1168], "mae": [18.3984, 13.8168, 11.1052, 10.8624, 9.954, 9.7436, 9.0212, 9.1256], "mse": [715.1168, 443.8968, 286.2636, 282.8024, 236.5884, 234.0116, 185.2188, 202.5848]}
1447	123	run	23
1448	124	n	6
1449	124	seeds	[0, 1, 2, 3, 4, 5]
1450	124	val_accuracy_mean	0.11520000000000001
1451	124	val_accuracy_std	0.0195730426863071
1452	124	val_mae_mean	9.190066666666667
1453	124	val_mae_std	0.1612767889891988
1454	124	val_mse_mean	193.57273333333333
1455	124	val_mse_std	13.97971288384231
1456	124	test_accuracy_mean	0.11693333333333333
1457	124	test_accuracy_std	0.012081501010498104
1458	124	test_mae_mean	9.0322
1459	124	test_mae_std	0.14458387185298352
1460	124	test_mse_mean	201.2002
1461	124	test_mse_std	7.296668463895011
1462	125	worker	"vm:23989"
1463	125	val_accuracy	0.106
1464	125	val_mae	9.0212
1465	125	val_mse	185.2188
1466	125	test_accuracy	0.1176
1467	125	test_mae	8.844
1468	125	test_mse	199.3184
1469	125	seconds	76.636
1470	125	device	"cpu"
1471	125	best_epoch	7
1472	125	epochs	8
1491	25	val_accuracy	0.104
1492	25	val_mae	8.5396
1493	25	val_mse	172.4756
1473	125	mean_distribution	[0.018728, 0.020549, 0.018169, 0.016575, 0.009205, 0.004056, 0.006768, 0.009417, 0.007117, 0.005826, 0.003876, 0.005002, 0.004695, 0.004057, 0.006062, 0.009175, 0.005207, 0.005275, 0.003555, 0.007341, 0.007917, 0.010836, 0.015175, 0.024567, 0.026714, 0.042082, 0.024612, 0.022763, 0.023877, 0.022135, 0.022326, 0.028149, 0.021718, 0.029966, 0.030489, 0.022486, 0.020341, 0.023103, 0.01827, 0.026442, 0.016666, 0.009426, 0.006809, 0.006489, 0.017246, 0.011067, 0.012872, 0.012135, 0.012319, 0.020118, 0.017395, 0.015229, 0.012616, 0.012641, 0.009367, 0.011607, 0.011624, 0.010872, 0.006197, 0.009803, 0.005783, 0.005555, 0.005083, 0.005209, 0.007564, 0.005048, 0.005411, 0.00607, 0.004903, 0.006082, 0.0049, 0.004523, 0.004591, 0.004205, 0.004906, 0.003174, 0.002933, 0.003836, 0.003349, 0.005038, 0.00272, 0.001863, 0.001597, 0.002472, 0.005213, 0.002409, 0.001412, 0.002122, 0.002199, 0.002712]
1474	125	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1116, 0.1264, 0.1072, 0.1368, 0.134, 0.1032, 0.106, 0.1168], "mae": [18.3984, 13.8168, 11.1052, 10.8624, 9.954, 9.7436, 9.0212, 9.1256], "mse": [715.1168, 443.8968, 286.2636, 282.8024, 236.5884, 234.0116, 185.2188, 202.5848]}
1475	125	run	23
1476	126	n	6
1477	126	seeds	[0, 1, 2, 3, 4, 5]
1478	126	val_accuracy_mean	0.11520000000000001
1479	126	val_accuracy_std	0.0195730426863071
1480	126	val_mae_mean	9.190066666666667
1481	126	val_mae_std	0.1612767889891988
1482	126	val_mse_mean	193.57273333333333
1483	126	val_mse_std	13.97971288384231
1484	126	test_accuracy_mean	0.11693333333333333
1485	126	test_accuracy_std	0.012081501010498104
1486	126	test_mae_mean	9.0322
1487	126	test_mae_std	0.14458387185298352
1488	126	test_mse_mean	201.2002
1489	126	test_mse_std	7.296668463895011
1490	26	worker	"vm:23989"
1546	26	val_accuracy	0.0876
1547	26	val_mae	8.648
1548	26	val_mse	167.3968
1549	26	test_accuracy	0.0864
1550	26	test_mae	8.318
1551	26	test_mse	165.3172
1552	26	seconds	86.042
1553	26	device	"cpu"
1554	26	best_epoch	6
1555	26	epochs	8
1556	26	mean_distribution	[0.011165, 0.010547, 0.009158, 0.010157, 0.009554, 0.00989, 0.008158, 0.008174, 0.007318, 0.007572, 0.00794, 0.007453, 0.008471, 0.009872, 0.008655, 0.009402, 0.011059, 0.012361, 0.013727, 0.016787, 0.0236, 0.02153, 0.024971, 0.027529, 0.029896, 0.030182, 0.030679, 0.024788, 0.028823, 0.02694, 0.025595, 0.026662, 0.025877, 0.025307, 0.021613, 0.019471, 0.019161, 0.017426, 0.016323, 0.015751, 0.015596, 0.014631, 0.015731, 0.015539, 0.013535, 0.012182, 0.012462, 0.012995, 0.012316, 0.013518, 0.011673, 0.010191, 0.009984, 0.008556, 0.009064, 0.007834, 0.007135, 0.007093, 0.006669, 0.006805, 0.00618, 0.005904, 0.005459, 0.005289, 0.00517, 0.004637, 0.004534, 0.004119, 0.004079, 0.0036, 0.003626, 0.003858, 0.003517, 0.003346, 0.003533, 0.003222, 0.002827, 0.002662, 0.002416, 0.002304, 0.002275, 0.001798, 0.001776, 0.001654, 0.001606, 0.00153, 0.00156, 0.001421, 0.001681, 0.001363]
1557	26	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0668, 0.0732, 0.0456, 0.1028, 0.1212, 0.0876, 0.0872, 0.0868], "mae": [17.4524, 12.4148, 12.0088, 9.4164, 9.7568, 8.648, 9.178, 8.8308], "mse": [628.9884, 352.582, 334.484, 201.7572, 220.5784, 167.3968, 196.8828, 186.8052]}
1558	130	worker	"vm:23989"
1559	130	val_accuracy	0.0876
1560	130	val_mae	8.648
1561	130	val_mse	167.3968
1562	130	test_accuracy	0.0864
1563	130	test_mae	8.318
1564	130	test_mse	165.3172
1565	130	seconds	86.042
1566	130	device	"cpu"
1567	130	best_epoch	6
1568	130	epochs	8
1569	130	mean_distribution	[0.011165, 0.010547, 0.009158, 0.010157, 0.009554, 0.00989, 0.008158, 0.008174, 0.007318, 0.007572, 0.00794, 0.007453, 0.008471, 0.009872, 0.008655, 0.009402, 0.011059, 0.012361, 0.013727, 0.016787, 0.0236, 0.02153, 0.024971, 0.027529, 0.029896, 0.030182, 0.030679, 0.024788, 0.028823, 0.02694, 0.025595, 0.026662, 0.025877, 0.025307, 0.021613, 0.019471, 0.019161, 0.017426, 0.016323, 0.015751, 0.015596, 0.014631, 0.015731, 0.015539, 0.013535, 0.012182, 0.012462, 0.012995, 0.012316, 0.013518, 0.011673, 0.010191, 0.009984, 0.008556, 0.009064, 0.007834, 0.007135, 0.007093, 0.006669, 0.006805, 0.00618, 0.005904, 0.005459, 0.005289, 0.00517, 0.004637, 0.004534, 0.004119, 0.004079, 0.0036, 0.003626, 0.003858, 0.003517, 0.003346, 0.003533, 0.003222, 0.002827, 0.002662, 0.002416, 0.002304, 0.002275, 0.001798, 0.001776, 0.001654, 0.001606, 0.00153, 0.00156, 0.001421, 0.001681, 0.001363]
1570	130	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0668, 0.0732, 0.0456, 0.1028, 0.1212, 0.0876, 0.0872, 0.0868], "mae": [17.4524, 12.4148, 12.0088, 9.4164, 9.7568, 8.648, 9.178, 8.8308], "mse": [628.9884, 352.582, 334.484, 201.7572, 220.5784, 167.3968, 196.8828, 186.8052]}
1571	130	run	25
1572	131	worker	"vm:23989"
1573	131	val_accuracy	0.0876
1574	131	val_mae	8.648
1575	131	val_mse	167.3968
1576	131	test_accuracy	0.0864
1577	131	test_mae	8.318
1578	131	test_mse	165.3172
1579	131	seconds	86.042
1580	131	device	"cpu"
1581	131	best_epoch	6
1582	131	epochs	8
1583	131	mean_distribution	[0.011165, 0.010547, 0.009158, 0.010157, 0.009554, 0.00989, 0.008158, 0.008174, 0.007318, 0.007572, 0.00794, 0.007453, 0.008471, 0.009872, 0.008655, 0.009402, 0.011059, 0.012361, 0.013727, 0.016787, 0.0236, 0.02153, 0.024971, 0.027529, 0.029896, 0.030182, 0.030679, 0.024788, 0.028823, 0.02694, 0.025595, 0.026662, 0.025877, 0.025307, 0.021613, 0.019471, 0.019161, 0.017426, 0.016323, 0.015751, 0.015596, 0.014631, 0.015731, 0.015539, 0.013535, 0.012182, 0.012462, 0.012995, 0.012316, 0.013518, 0.011673, 0.010191, 0.009984, 0.008556, 0.009064, 0.007834, 0.007135, 0.007093, 0.006669, 0.006805, 0.00618, 0.005904, 0.005459, 0.005289, 0.00517, 0.004637, 0.004534, 0.004119, 0.004079, 0.0036, 0.003626, 0.003858, 0.003517, 0.003346, 0.003533, 0.003222, 0.002827, 0.002662, 0.002416, 0.002304, 0.002275, 0.001798, 0.001776, 0.001654, 0.001606, 0.00153, 0.00156, 0.001421, 0.001681, 0.001363]
1584	131	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0668, 0.0732, 0.0456, 0.1028, 0.1212, 0.0876, 0.0872, 0.0868], "mae": [17.4524, 12.4148, 12.0088, 9.4164, 9.7568, 8.648, 9.178, 8.8308], "mse": [628.9884, 352.582, 334.484, 201.7572, 220.5784, 167.3968, 196.8828, 186.8052]}
1585	131	run	25
1586	132	worker	"vm:23989"
1587	132	val_accuracy	0.0876
1494	25	test_accuracy	0.0948
1495	25	test_mae	7.972
1496	25	test_mse	152.7864
1497	25	seconds	82.084
1498	25	device	"cpu"
1499	25	best_epoch	8
1500	25	epochs	8
1501	25	mean_distribution	[0.013084, 0.010477, 0.011314, 0.011191, 0.01155, 0.010724, 0.012418, 0.010289, 0.011339, 0.010594, 0.011326, 0.011739, 0.009972, 0.010997, 0.011863, 0.013531, 0.014673, 0.015639, 0.016784, 0.021369, 0.024666, 0.022108, 0.029995, 0.027772, 0.028893, 0.031638, 0.031918, 0.028857, 0.028966, 0.028807, 0.030929, 0.026815, 0.021911, 0.023873, 0.023846, 0.018477, 0.017741, 0.015642, 0.015518, 0.012251, 0.012215, 0.011996, 0.010014, 0.011272, 0.009509, 0.010656, 0.008574, 0.008513, 0.008402, 0.009309, 0.008147, 0.007098, 0.007169, 0.007366, 0.00644, 0.007045, 0.005642, 0.006386, 0.005895, 0.005983, 0.00527, 0.004241, 0.004437, 0.004929, 0.004755, 0.004144, 0.003748, 0.003965, 0.004047, 0.0039, 0.003585, 0.003354, 0.003405, 0.003351, 0.003509, 0.003052, 0.002632, 0.002932, 0.002714, 0.002673, 0.002111, 0.00185, 0.001881, 0.001933, 0.001852, 0.00145, 0.001389, 0.001302, 0.001336, 0.001122]
1502	25	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0656, 0.0736, 0.0844, 0.0936, 0.1084, 0.0808, 0.1024, 0.104], "mae": [14.6468, 12.2968, 11.1724, 9.65, 8.708, 9.896, 9.11, 8.5396], "mse": [476.9988, 354.7792, 291.182, 216.7772, 175.5592, 226.1624, 181.9188, 172.4756]}
1503	127	worker	"vm:23990"
1504	127	val_accuracy	0.104
1505	127	val_mae	8.5396
1506	127	val_mse	172.4756
1507	127	test_accuracy	0.0948
1508	127	test_mae	7.972
1509	127	test_mse	152.7864
1510	127	seconds	82.084
1511	127	device	"cpu"
1512	127	best_epoch	8
1513	127	epochs	8
1514	127	mean_distribution	[0.013084, 0.010477, 0.011314, 0.011191, 0.01155, 0.010724, 0.012418, 0.010289, 0.011339, 0.010594, 0.011326, 0.011739, 0.009972, 0.010997, 0.011863, 0.013531, 0.014673, 0.015639, 0.016784, 0.021369, 0.024666, 0.022108, 0.029995, 0.027772, 0.028893, 0.031638, 0.031918, 0.028857, 0.028966, 0.028807, 0.030929, 0.026815, 0.021911, 0.023873, 0.023846, 0.018477, 0.017741, 0.015642, 0.015518, 0.012251, 0.012215, 0.011996, 0.010014, 0.011272, 0.009509, 0.010656, 0.008574, 0.008513, 0.008402, 0.009309, 0.008147, 0.007098, 0.007169, 0.007366, 0.00644, 0.007045, 0.005642, 0.006386, 0.005895, 0.005983, 0.00527, 0.004241, 0.004437, 0.004929, 0.004755, 0.004144, 0.003748, 0.003965, 0.004047, 0.0039, 0.003585, 0.003354, 0.003405, 0.003351, 0.003509, 0.003052, 0.002632, 0.002932, 0.002714, 0.002673, 0.002111, 0.00185, 0.001881, 0.001933, 0.001852, 0.00145, 0.001389, 0.001302, 0.001336, 0.001122]
1515	127	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0656, 0.0736, 0.0844, 0.0936, 0.1084, 0.0808, 0.1024, 0.104], "mae": [14.6468, 12.2968, 11.1724, 9.65, 8.708, 9.896, 9.11, 8.5396], "mse": [476.9988, 354.7792, 291.182, 216.7772, 175.5592, 226.1624, 181.9188, 172.4756]}
1516	127	run	24
1517	128	worker	"vm:23990"
1518	128	val_accuracy	0.104
1519	128	val_mae	8.5396
1520	128	val_mse	172.4756
1521	128	test_accuracy	0.0948
1522	128	test_mae	7.972
1523	128	test_mse	152.7864
1524	128	seconds	82.084
1525	128	device	"cpu"
1526	128	best_epoch	8
1527	128	epochs	8
1528	128	mean_distribution	[0.013084, 0.010477, 0.011314, 0.011191, 0.01155, 0.010724, 0.012418, 0.010289, 0.011339, 0.010594, 0.011326, 0.011739, 0.009972, 0.010997, 0.011863, 0.013531, 0.014673, 0.015639, 0.016784, 0.021369, 0.024666, 0.022108, 0.029995, 0.027772, 0.028893, 0.031638, 0.031918, 0.028857, 0.028966, 0.028807, 0.030929, 0.026815, 0.021911, 0.023873, 0.023846, 0.018477, 0.017741, 0.015642, 0.015518, 0.012251, 0.012215, 0.011996, 0.010014, 0.011272, 0.009509, 0.010656, 0.008574, 0.008513, 0.008402, 0.009309, 0.008147, 0.007098, 0.007169, 0.007366, 0.00644, 0.007045, 0.005642, 0.006386, 0.005895, 0.005983, 0.00527, 0.004241, 0.004437, 0.004929, 0.004755, 0.004144, 0.003748, 0.003965, 0.004047, 0.0039, 0.003585, 0.003354, 0.003405, 0.003351, 0.003509, 0.003052, 0.002632, 0.002932, 0.002714, 0.002673, 0.002111, 0.00185, 0.001881, 0.001933, 0.001852, 0.00145, 0.001389, 0.001302, 0.001336, 0.001122]
1529	128	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0656, 0.0736, 0.0844, 0.0936, 0.1084, 0.0808, 0.1024, 0.104], "mae": [14.6468, 12.2968, 11.1724, 9.65, 8.708, 9.896, 9.11, 8.5396], "mse": [476.9988, 354.7792, 291.182, 216.7772, 175.5592, 226.1624, 181.9188, 172.4756]}
1530	128	run	24
1531	129	worker	"vm:23990"
1532	129	val_accuracy	0.104
1533	129	val_mae	8.5396
1534	129	val_mse	172.4756
1535	129	test_accuracy	0.0948
1536	129	test_mae	7.972
1537	129	test_mse	152.7864
1538	129	seconds	82.084
1539	129	device	"cpu"
1540	129	best_epoch	8
1541	129	epochs	8
1542	129	mean_distribution	[0.013084, 0.010477, 0.011314, 0.011191, 0.01155, 0.010724, 0.012418, 0.010289, 0.011339, 0.010594, 0.011326, 0.011739, 0.009972, 0.010997, 0.011863, 0.013531, 0.014673, 0.015639, 0.016784, 0.021369, 0.024666, 0.022108, 0.029995, 0.027772, 0.028893, 0.031638, 0.031918, 0.028857, 0.028966, 0.028807, 0.030929, 0.026815, 0.021911, 0.023873, 0.023846, 0.018477, 0.017741, 0.015642, 0.015518, 0.012251, 0.012215, 0.011996, 0.010014, 0.011272, 0.009509, 0.010656, 0.008574, 0.008513, 0.008402, 0.009309, 0.008147, 0.007098, 0.007169, 0.007366, 0.00644, 0.007045, 0.005642, 0.006386, 0.005895, 0.005983, 0.00527, 0.004241, 0.004437, 0.004929, 0.004755, 0.004144, 0.003748, 0.003965, 0.004047, 0.0039, 0.003585, 0.003354, 0.003405, 0.003351, 0.003509, 0.003052, 0.002632, 0.002932, 0.002714, 0.002673, 0.002111, 0.00185, 0.001881, 0.001933, 0.001852, 0.00145, 0.001389, 0.001302, 0.001336, 0.001122]
1543	129	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0656, 0.0736, 0.0844, 0.0936, 0.1084, 0.0808, 0.1024, 0.104], "mae": [14.6468, 12.2968, 11.1724, 9.65, 8.708, 9.896, 9.11, 8.5396], "mse": [476.9988, 354.7792, 291.182, 216.7772, 175.5592, 226.1624, 181.9188, 172.4756]}
1544	129	run	24
1545	27	worker	"vm:23990"
1588	132	val_mae	8.648
1589	132	val_mse	167.3968
1590	132	test_accuracy	0.0864
1591	132	test_mae	8.318
1592	132	test_mse	165.3172
1593	132	seconds	86.042
1594	132	device	"cpu"
1595	132	best_epoch	6
1596	132	epochs	8
1597	132	mean_distribution	[0.011165, 0.010547, 0.009158, 0.010157, 0.009554, 0.00989, 0.008158, 0.008174, 0.007318, 0.007572, 0.00794, 0.007453, 0.008471, 0.009872, 0.008655, 0.009402, 0.011059, 0.012361, 0.013727, 0.016787, 0.0236, 0.02153, 0.024971, 0.027529, 0.029896, 0.030182, 0.030679, 0.024788, 0.028823, 0.02694, 0.025595, 0.026662, 0.025877, 0.025307, 0.021613, 0.019471, 0.019161, 0.017426, 0.016323, 0.015751, 0.015596, 0.014631, 0.015731, 0.015539, 0.013535, 0.012182, 0.012462, 0.012995, 0.012316, 0.013518, 0.011673, 0.010191, 0.009984, 0.008556, 0.009064, 0.007834, 0.007135, 0.007093, 0.006669, 0.006805, 0.00618, 0.005904, 0.005459, 0.005289, 0.00517, 0.004637, 0.004534, 0.004119, 0.004079, 0.0036, 0.003626, 0.003858, 0.003517, 0.003346, 0.003533, 0.003222, 0.002827, 0.002662, 0.002416, 0.002304, 0.002275, 0.001798, 0.001776, 0.001654, 0.001606, 0.00153, 0.00156, 0.001421, 0.001681, 0.001363]
1598	132	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0668, 0.0732, 0.0456, 0.1028, 0.1212, 0.0876, 0.0872, 0.0868], "mae": [17.4524, 12.4148, 12.0088, 9.4164, 9.7568, 8.648, 9.178, 8.8308], "mse": [628.9884, 352.582, 334.484, 201.7572, 220.5784, 167.3968, 196.8828, 186.8052]}
1599	132	run	25
1600	28	worker	"vm:23989"
1601	27	val_accuracy	0.0948
1602	27	val_mae	8.456
1603	27	val_mse	161.4264
1604	27	test_accuracy	0.0892
1605	27	test_mae	8.0924
1606	27	test_mse	163.5852
1607	27	seconds	85.258
1608	27	device	"cpu"
1609	27	best_epoch	6
1610	27	epochs	8
1611	27	mean_distribution	[0.017833, 0.016432, 0.013379, 0.011638, 0.012034, 0.011104, 0.01102, 0.010723, 0.009282, 0.009381, 0.009007, 0.008039, 0.008181, 0.008424, 0.008737, 0.009169, 0.010767, 0.010768, 0.011758, 0.013246, 0.016027, 0.016198, 0.019716, 0.022432, 0.025117, 0.026269, 0.02938, 0.028784, 0.027972, 0.026927, 0.026179, 0.027178, 0.022769, 0.02346, 0.022075, 0.020244, 0.018479, 0.01851, 0.018289, 0.016671, 0.015695, 0.014746, 0.014537, 0.014003, 0.01525, 0.014062, 0.013139, 0.012681, 0.011992, 0.011688, 0.011485, 0.011228, 0.010382, 0.010496, 0.00944, 0.008881, 0.008516, 0.007857, 0.007375, 0.006694, 0.00671, 0.005868, 0.005371, 0.00508, 0.004418, 0.00457, 0.00407, 0.003933, 0.003729, 0.003271, 0.003495, 0.00314, 0.003308, 0.002842, 0.00304, 0.002776, 0.002535, 0.002623, 0.002762, 0.002946, 0.002466, 0.00206, 0.002195, 0.00209, 0.002302, 0.001932, 0.001756, 0.001742, 0.001799, 0.001425]
1612	27	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0976, 0.1048, 0.0804, 0.0692, 0.0992, 0.0948, 0.0852, 0.0708], "mae": [14.0928, 12.8668, 9.8516, 9.8224, 8.6524, 8.456, 8.8924, 10.8248], "mse": [428.8304, 376.8428, 216.614, 204.9168, 166.6156, 161.4264, 171.3684, 282.5664]}
1613	133	worker	"vm:23990"
1614	133	val_accuracy	0.0948
1615	133	val_mae	8.456
1616	133	val_mse	161.4264
1617	133	test_accuracy	0.0892
1618	133	test_mae	8.0924
1619	133	test_mse	163.5852
1620	133	seconds	85.258
1621	133	device	"cpu"
1622	133	best_epoch	6
1623	133	epochs	8
1624	133	mean_distribution	[0.017833, 0.016432, 0.013379, 0.011638, 0.012034, 0.011104, 0.01102, 0.010723, 0.009282, 0.009381, 0.009007, 0.008039, 0.008181, 0.008424, 0.008737, 0.009169, 0.010767, 0.010768, 0.011758, 0.013246, 0.016027, 0.016198, 0.019716, 0.022432, 0.025117, 0.026269, 0.02938, 0.028784, 0.027972, 0.026927, 0.026179, 0.027178, 0.022769, 0.02346, 0.022075, 0.020244, 0.018479, 0.01851, 0.018289, 0.016671, 0.015695, 0.014746, 0.014537, 0.014003, 0.01525, 0.014062, 0.013139, 0.012681, 0.011992, 0.011688, 0.011485, 0.011228, 0.010382, 0.010496, 0.00944, 0.008881, 0.008516, 0.007857, 0.007375, 0.006694, 0.00671, 0.005868, 0.005371, 0.00508, 0.004418, 0.00457, 0.00407, 0.003933, 0.003729, 0.003271, 0.003495, 0.00314, 0.003308, 0.002842, 0.00304, 0.002776, 0.002535, 0.002623, 0.002762, 0.002946, 0.002466, 0.00206, 0.002195, 0.00209, 0.002302, 0.001932, 0.001756, 0.001742, 0.001799, 0.001425]
1625	133	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0976, 0.1048, 0.0804, 0.0692, 0.0992, 0.0948, 0.0852, 0.0708], "mae": [14.0928, 12.8668, 9.8516, 9.8224, 8.6524, 8.456, 8.8924, 10.8248], "mse": [428.8304, 376.8428, 216.614, 204.9168, 166.6156, 161.4264, 171.3684, 282.5664]}
1626	133	run	26
1627	134	worker	"vm:23990"
1628	134	val_accuracy	0.0948
1629	134	val_mae	8.456
1630	134	val_mse	161.4264
1631	134	test_accuracy	0.0892
1632	134	test_mae	8.0924
1633	134	test_mse	163.5852
1634	134	seconds	85.258
1635	134	device	"cpu"
1636	134	best_epoch	6
1637	134	epochs	8
1638	134	mean_distribution	[0.017833, 0.016432, 0.013379, 0.011638, 0.012034, 0.011104, 0.01102, 0.010723, 0.009282, 0.009381, 0.009007, 0.008039, 0.008181, 0.008424, 0.008737, 0.009169, 0.010767, 0.010768, 0.011758, 0.013246, 0.016027, 0.016198, 0.019716, 0.022432, 0.025117, 0.026269, 0.02938, 0.028784, 0.027972, 0.026927, 0.026179, 0.027178, 0.022769, 0.02346, 0.022075, 0.020244, 0.018479, 0.01851, 0.018289, 0.016671, 0.015695, 0.014746, 0.014537, 0.014003, 0.01525, 0.014062, 0.013139, 0.012681, 0.011992, 0.011688, 0.011485, 0.011228, 0.010382, 0.010496, 0.00944, 0.008881, 0.008516, 0.007857, 0.007375, 0.006694, 0.00671, 0.005868, 0.005371, 0.00508, 0.004418, 0.00457, 0.00407, 0.003933, 0.003729, 0.003271, 0.003495, 0.00314, 0.003308, 0.002842, 0.00304, 0.002776, 0.002535, 0.002623, 0.002762, 0.002946, 0.002466, 0.00206, 0.002195, 0.00209, 0.002302, 0.001932, 0.001756, 0.001742, 0.001799, 0.001425]
1639	134	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0976, 0.1048, 0.0804, 0.0692, 0.0992, 0.0948, 0.0852, 0.0708], "mae": [14.0928, 12.8668, 9.8516, 9.8224, 8.6524, 8.456, 8.8924, 10.8248], "mse": [428.8304, 376.8428, 216.614, 204.9168, 166.6156, 161.4264, 171.3684, 282.5664]}
1640	134	run	26
1641	135	worker	"vm:23990"
1642	135	val_accuracy	0.0948
1643	135	val_mae	8.456
1644	135	val_mse	161.4264
1645	135	test_accuracy	0.0892
1646	135	test_mae	8.0924
1647	135	test_mse	163.5852
1648	135	seconds	85.258
1649	135	device	"cpu"
1650	135	best_epoch	6
1651	135	epochs	8
1652	135	mean_distribution	[0.017833, 0.016432, 0.013379, 0.011638, 0.012034, 0.011104, 0.01102, 0.010723, 0.009282, 0.009381, 0.009007, 0.008039, 0.008181, 0.008424, 0.008737, 0.009169, 0.010767, 0.010768, 0.011758, 0.013246, 0.016027, 0.016198, 0.019716, 0.022432, 0.025117, 0.026269, 0.02938, 0.028784, 0.027972, 0.026927, 0.026179, 0.027178, 0.022769, 0.02346, 0.022075, 0.020244, 0.018479, 0.01851, 0.018289, 0.016671, 0.015695, 0.014746, 0.014537, 0.014003, 0.01525, 0.014062, 0.013139, 0.012681, 0.011992, 0.011688, 0.011485, 0.011228, 0.010382, 0.010496, 0.00944, 0.008881, 0.008516, 0.007857, 0.007375, 0.006694, 0.00671, 0.005868, 0.005371, 0.00508, 0.004418, 0.00457, 0.00407, 0.003933, 0.003729, 0.003271, 0.003495, 0.00314, 0.003308, 0.002842, 0.00304, 0.002776, 0.002535, 0.002623, 0.002762, 0.002946, 0.002466, 0.00206, 0.002195, 0.00209, 0.002302, 0.001932, 0.001756, 0.001742, 0.001799, 0.001425]
1653	135	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0976, 0.1048, 0.0804, 0.0692, 0.0992, 0.0948, 0.0852, 0.0708], "mae": [14.0928, 12.8668, 9.8516, 9.8224, 8.6524, 8.456, 8.8924, 10.8248], "mse": [428.8304, 376.8428, 216.614, 204.9168, 166.6156, 161.4264, 171.3684, 282.5664]}
1654	135	run	26
1655	29	worker	"vm:23990"
1656	28	val_accuracy	0.0992
1657	28	val_mae	8.6648
1658	28	val_mse	162.2432
1659	28	test_accuracy	0.108
1660	28	test_mae	8.3668
1661	28	test_mse	164.39
1662	28	seconds	84.087
1663	28	device	"cpu"
1664	28	best_epoch	6
1665	28	epochs	8
1666	28	mean_distribution	[0.01228, 0.011315, 0.012955, 0.010985, 0.011749, 0.010248, 0.009768, 0.009667, 0.009024, 0.008275, 0.007689, 0.009121, 0.008088, 0.010101, 0.010395, 0.009725, 0.011014, 0.011281, 0.01379, 0.01517, 0.015644, 0.018981, 0.021601, 0.02718, 0.032639, 0.037745, 0.0358, 0.032577, 0.03184, 0.025823, 0.02226, 0.022213, 0.02047, 0.0183, 0.017797, 0.016207, 0.01751, 0.017365, 0.01283, 0.013835, 0.012555, 0.011, 0.009364, 0.010808, 0.010602, 0.012877, 0.012481, 0.014615, 0.018057, 0.016646, 0.01506, 0.013164, 0.01488, 0.013494, 0.013618, 0.011392, 0.00998, 0.008156, 0.008089, 0.006954, 0.005957, 0.005987, 0.005602, 0.00555, 0.004706, 0.004199, 0.004284, 0.003684, 0.00339, 0.003424, 0.00304, 0.00269, 0.00287, 0.002516, 0.002466, 0.002238, 0.002061, 0.002398, 0.001975, 0.002094, 0.001676, 0.001565, 0.001579, 0.001427, 0.001581, 0.001433, 0.001289, 0.001236, 0.001072, 0.000962]
1667	28	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0688, 0.0672, 0.0824, 0.086, 0.0856, 0.0992, 0.06, 0.0916], "mae": [18.0336, 11.6764, 10.4124, 9.7172, 9.11, 8.6648, 9.4104, 8.6832], "mse": [655.6504, 300.8388, 243.5948, 224.2556, 190.7236, 162.2432, 211.388, 170.5512]}
1668	136	worker	"vm:23989"
1669	136	val_accuracy	0.0992
1670	136	val_mae	8.6648
1671	136	val_mse	162.2432
1672	136	test_accuracy	0.108
1673	136	test_mae	8.3668
1674	136	test_mse	164.39
1675	136	seconds	84.087
1676	136	device	"cpu"
1677	136	best_epoch	6
1678	136	epochs	8
1679	136	mean_distribution	[0.01228, 0.011315, 0.012955, 0.010985, 0.011749, 0.010248, 0.009768, 0.009667, 0.009024, 0.008275, 0.007689, 0.009121, 0.008088, 0.010101, 0.010395, 0.009725, 0.011014, 0.011281, 0.01379, 0.01517, 0.015644, 0.018981, 0.021601, 0.02718, 0.032639, 0.037745, 0.0358, 0.032577, 0.03184, 0.025823, 0.02226, 0.022213, 0.02047, 0.0183, 0.017797, 0.016207, 0.01751, 0.017365, 0.01283, 0.013835, 0.012555, 0.011, 0.009364, 0.010808, 0.010602, 0.012877, 0.012481, 0.014615, 0.018057, 0.016646, 0.01506, 0.013164, 0.01488, 0.013494, 0.013618, 0.011392, 0.00998, 0.008156, 0.008089, 0.006954, 0.005957, 0.005987, 0.005602, 0.00555, 0.004706, 0.004199, 0.004284, 0.003684, 0.00339, 0.003424, 0.00304, 0.00269, 0.00287, 0.002516, 0.002466, 0.002238, 0.002061, 0.002398, 0.001975, 0.002094, 0.001676, 0.001565, 0.001579, 0.001427, 0.001581, 0.001433, 0.001289, 0.001236, 0.001072, 0.000962]
1680	136	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0688, 0.0672, 0.0824, 0.086, 0.0856, 0.0992, 0.06, 0.0916], "mae": [18.0336, 11.6764, 10.4124, 9.7172, 9.11, 8.6648, 9.4104, 8.6832], "mse": [655.6504, 300.8388, 243.5948, 224.2556, 190.7236, 162.2432, 211.388, 170.5512]}
1681	136	run	27
1682	137	worker	"vm:23989"
1683	137	val_accuracy	0.0992
1684	137	val_mae	8.6648
1685	137	val_mse	162.2432
1686	137	test_accuracy	0.108
1687	137	test_mae	8.3668
1688	137	test_mse	164.39
1689	137	seconds	84.087
1690	137	device	"cpu"
1691	137	best_epoch	6
1692	137	epochs	8
1693	137	mean_distribution	[0.01228, 0.011315, 0.012955, 0.010985, 0.011749, 0.010248, 0.009768, 0.009667, 0.009024, 0.008275, 0.007689, 0.009121, 0.008088, 0.010101, 0.010395, 0.009725, 0.011014, 0.011281, 0.01379, 0.01517, 0.015644, 0.018981, 0.021601, 0.02718, 0.032639, 0.037745, 0.0358, 0.032577, 0.03184, 0.025823, 0.02226, 0.022213, 0.02047, 0.0183, 0.017797, 0.016207, 0.01751, 0.017365, 0.01283, 0.013835, 0.012555, 0.011, 0.009364, 0.010808, 0.010602, 0.012877, 0.012481, 0.014615, 0.018057, 0.016646, 0.01506, 0.013164, 0.01488, 0.013494, 0.013618, 0.011392, 0.00998, 0.008156, 0.008089, 0.006954, 0.005957, 0.005987, 0.005602, 0.00555, 0.004706, 0.004199, 0.004284, 0.003684, 0.00339, 0.003424, 0.00304, 0.00269, 0.00287, 0.002516, 0.002466, 0.002238, 0.002061, 0.002398, 0.001975, 0.002094, 0.001676, 0.001565, 0.001579, 0.001427, 0.001581, 0.001433, 0.001289, 0.001236, 0.001072, 0.000962]
1694	137	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0688, 0.0672, 0.0824, 0.086, 0.0856, 0.0992, 0.06, 0.0916], "mae": [18.0336, 11.6764, 10.4124, 9.7172, 9.11, 8.6648, 9.4104, 8.6832], "mse": [655.6504, 300.8388, 243.5948, 224.2556, 190.7236, 162.2432, 211.388, 170.5512]}
1695	137	run	27
1696	138	worker	"vm:23989"
1697	138	val_accuracy	0.0992
1698	138	val_mae	8.6648
1699	138	val_mse	162.2432
1700	138	test_accuracy	0.108
1701	138	test_mae	8.3668
1702	138	test_mse	164.39
1703	138	seconds	84.087
1704	138	device	"cpu"
1705	138	best_epoch	6
1706	138	epochs	8
1711	29	val_accuracy	0.1068
1712	29	val_mae	8.706
1713	29	val_mse	182.1124
1714	29	test_accuracy	0.1036
1715	29	test_mae	8.5752
1716	29	test_mse	184.6632
1717	29	seconds	83.31
1718	29	device	"cpu"
1719	29	best_epoch	6
1720	29	epochs	8
1707	138	mean_distribution	[0.01228, 0.011315, 0.012955, 0.010985, 0.011749, 0.010248, 0.009768, 0.009667, 0.009024, 0.008275, 0.007689, 0.009121, 0.008088, 0.010101, 0.010395, 0.009725, 0.011014, 0.011281, 0.01379, 0.01517, 0.015644, 0.018981, 0.021601, 0.02718, 0.032639, 0.037745, 0.0358, 0.032577, 0.03184, 0.025823, 0.02226, 0.022213, 0.02047, 0.0183, 0.017797, 0.016207, 0.01751, 0.017365, 0.01283, 0.013835, 0.012555, 0.011, 0.009364, 0.010808, 0.010602, 0.012877, 0.012481, 0.014615, 0.018057, 0.016646, 0.01506, 0.013164, 0.01488, 0.013494, 0.013618, 0.011392, 0.00998, 0.008156, 0.008089, 0.006954, 0.005957, 0.005987, 0.005602, 0.00555, 0.004706, 0.004199, 0.004284, 0.003684, 0.00339, 0.003424, 0.00304, 0.00269, 0.00287, 0.002516, 0.002466, 0.002238, 0.002061, 0.002398, 0.001975, 0.002094, 0.001676, 0.001565, 0.001579, 0.001427, 0.001581, 0.001433, 0.001289, 0.001236, 0.001072, 0.000962]
1708	138	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0688, 0.0672, 0.0824, 0.086, 0.0856, 0.0992, 0.06, 0.0916], "mae": [18.0336, 11.6764, 10.4124, 9.7172, 9.11, 8.6648, 9.4104, 8.6832], "mse": [655.6504, 300.8388, 243.5948, 224.2556, 190.7236, 162.2432, 211.388, 170.5512]}
1709	138	run	27
1710	30	worker	"vm:23989"
1766	30	val_accuracy	0.078
1767	30	val_mae	8.3856
1768	30	val_mse	147.6552
1769	30	test_accuracy	0.0916
1770	30	test_mae	7.9256
1771	30	test_mse	142.8304
1772	30	seconds	87.085
1773	30	device	"cpu"
1774	30	best_epoch	7
1775	30	epochs	8
1776	30	mean_distribution	[0.008751, 0.011361, 0.01152, 0.010526, 0.010724, 0.010188, 0.00948, 0.00876, 0.008788, 0.007514, 0.00764, 0.007509, 0.007803, 0.008713, 0.008959, 0.009586, 0.011067, 0.011068, 0.012982, 0.017072, 0.017224, 0.019721, 0.021126, 0.026866, 0.026645, 0.030853, 0.02925, 0.02728, 0.028679, 0.029368, 0.029345, 0.030843, 0.025733, 0.027856, 0.029936, 0.027289, 0.027364, 0.02446, 0.021426, 0.020181, 0.018093, 0.014535, 0.013653, 0.011968, 0.012444, 0.011467, 0.010609, 0.010558, 0.01052, 0.009988, 0.01067, 0.009989, 0.009283, 0.008507, 0.007417, 0.007439, 0.006941, 0.006841, 0.006284, 0.005772, 0.005133, 0.005059, 0.004454, 0.004306, 0.003956, 0.00382, 0.003653, 0.003396, 0.003127, 0.003149, 0.003031, 0.002967, 0.002585, 0.002334, 0.002439, 0.002108, 0.001911, 0.001762, 0.001709, 0.001752, 0.00151, 0.001406, 0.001429, 0.001458, 0.001445, 0.001445, 0.00118, 0.00109, 0.001006, 0.000949]
1777	30	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.052, 0.0728, 0.096, 0.0728, 0.0788, 0.0704, 0.078, 0.0804], "mae": [14.6788, 12.166, 9.714, 9.2164, 9.1628, 8.8392, 8.3856, 9.0516], "mse": [479.9068, 336.8548, 215.5692, 193.7724, 199.8476, 185.1704, 147.6552, 192.6964]}
1778	142	worker	"vm:23989"
1779	142	val_accuracy	0.078
1780	142	val_mae	8.3856
1781	142	val_mse	147.6552
1782	142	test_accuracy	0.0916
1783	142	test_mae	7.9256
1784	142	test_mse	142.8304
1785	142	seconds	87.085
1786	142	device	"cpu"
1787	142	best_epoch	7
1788	142	epochs	8
1789	142	mean_distribution	[0.008751, 0.011361, 0.01152, 0.010526, 0.010724, 0.010188, 0.00948, 0.00876, 0.008788, 0.007514, 0.00764, 0.007509, 0.007803, 0.008713, 0.008959, 0.009586, 0.011067, 0.011068, 0.012982, 0.017072, 0.017224, 0.019721, 0.021126, 0.026866, 0.026645, 0.030853, 0.02925, 0.02728, 0.028679, 0.029368, 0.029345, 0.030843, 0.025733, 0.027856, 0.029936, 0.027289, 0.027364, 0.02446, 0.021426, 0.020181, 0.018093, 0.014535, 0.013653, 0.011968, 0.012444, 0.011467, 0.010609, 0.010558, 0.01052, 0.009988, 0.01067, 0.009989, 0.009283, 0.008507, 0.007417, 0.007439, 0.006941, 0.006841, 0.006284, 0.005772, 0.005133, 0.005059, 0.004454, 0.004306, 0.003956, 0.00382, 0.003653, 0.003396, 0.003127, 0.003149, 0.003031, 0.002967, 0.002585, 0.002334, 0.002439, 0.002108, 0.001911, 0.001762, 0.001709, 0.001752, 0.00151, 0.001406, 0.001429, 0.001458, 0.001445, 0.001445, 0.00118, 0.00109, 0.001006, 0.000949]
1790	142	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.052, 0.0728, 0.096, 0.0728, 0.0788, 0.0704, 0.078, 0.0804], "mae": [14.6788, 12.166, 9.714, 9.2164, 9.1628, 8.8392, 8.3856, 9.0516], "mse": [479.9068, 336.8548, 215.5692, 193.7724, 199.8476, 185.1704, 147.6552, 192.6964]}
1791	142	run	29
1792	143	n	6
1793	143	seeds	[0, 1, 2, 3, 4, 5]
1794	143	val_accuracy_mean	0.09506666666666667
1795	143	val_accuracy_std	0.010785669504795085
1796	143	val_mae_mean	8.566666666666666
1797	143	val_mae_std	0.12761182808292743
1798	143	val_mse_mean	165.5516
1799	143	val_mse_std	11.609052969471712
1800	143	test_accuracy_mean	0.0956
1801	143	test_accuracy_std	0.008485281374238568
1802	143	test_mae_mean	8.208333333333334
1803	143	test_mae_std	0.2533620860876123
1804	143	test_mse_mean	162.26206666666667
1805	143	test_mse_std	14.034253272713396
1806	144	worker	"vm:23989"
1807	144	val_accuracy	0.078
1808	144	val_mae	8.3856
1809	144	val_mse	147.6552
1810	144	test_accuracy	0.0916
1811	144	test_mae	7.9256
1812	144	test_mse	142.8304
1813	144	seconds	87.085
1814	144	device	"cpu"
1815	144	best_epoch	7
1816	144	epochs	8
1817	144	mean_distribution	[0.008751, 0.011361, 0.01152, 0.010526, 0.010724, 0.010188, 0.00948, 0.00876, 0.008788, 0.007514, 0.00764, 0.007509, 0.007803, 0.008713, 0.008959, 0.009586, 0.011067, 0.011068, 0.012982, 0.017072, 0.017224, 0.019721, 0.021126, 0.026866, 0.026645, 0.030853, 0.02925, 0.02728, 0.028679, 0.029368, 0.029345, 0.030843, 0.025733, 0.027856, 0.029936, 0.027289, 0.027364, 0.02446, 0.021426, 0.020181, 0.018093, 0.014535, 0.013653, 0.011968, 0.012444, 0.011467, 0.010609, 0.010558, 0.01052, 0.009988, 0.01067, 0.009989, 0.009283, 0.008507, 0.007417, 0.007439, 0.006941, 0.006841, 0.006284, 0.005772, 0.005133, 0.005059, 0.004454, 0.004306, 0.003956, 0.00382, 0.003653, 0.003396, 0.003127, 0.003149, 0.003031, 0.002967, 0.002585, 0.002334, 0.002439, 0.002108, 0.001911, 0.001762, 0.001709, 0.001752, 0.00151, 0.001406, 0.001429, 0.001458, 0.001445, 0.001445, 0.00118, 0.00109, 0.001006, 0.000949]
1818	144	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.052, 0.0728, 0.096, 0.0728, 0.0788, 0.0704, 0.078, 0.0804], "mae": [14.6788, 12.166, 9.714, 9.2164, 9.1628, 8.8392, 8.3856, 9.0516], "mse": [479.9068, 336.8548, 215.5692, 193.7724, 199.8476, 185.1704, 147.6552, 192.6964]}
1819	144	run	29
1820	145	n	6
1821	145	seeds	[0, 1, 2, 3, 4, 5]
1721	29	mean_distribution	[0.015014, 0.012654, 0.012986, 0.01072, 0.011195, 0.011442, 0.009294, 0.009498, 0.010623, 0.008866, 0.009002, 0.008591, 0.009224, 0.008055, 0.008508, 0.008642, 0.010563, 0.010621, 0.013526, 0.016071, 0.017534, 0.019462, 0.022584, 0.025218, 0.025209, 0.026751, 0.025422, 0.024241, 0.025169, 0.023271, 0.021709, 0.023322, 0.021573, 0.020832, 0.019755, 0.019975, 0.018433, 0.017815, 0.014873, 0.014529, 0.014154, 0.012837, 0.011922, 0.011426, 0.012037, 0.010841, 0.012784, 0.012717, 0.011205, 0.010451, 0.011611, 0.011443, 0.012121, 0.012408, 0.010693, 0.009629, 0.010004, 0.010096, 0.009454, 0.009452, 0.009117, 0.00859, 0.007657, 0.006463, 0.007227, 0.005943, 0.005096, 0.00502, 0.00519, 0.004943, 0.004559, 0.004363, 0.004192, 0.004148, 0.004594, 0.004096, 0.003661, 0.004256, 0.00351, 0.003119, 0.002929, 0.003038, 0.002391, 0.002855, 0.003003, 0.002376, 0.002033, 0.001919, 0.001964, 0.001692]
1722	29	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0464, 0.0728, 0.0704, 0.0872, 0.1008, 0.1068, 0.1052, 0.0644], "mae": [14.3248, 11.7408, 10.2144, 10.206, 9.4796, 8.706, 9.982, 8.986], "mse": [441.5824, 325.7768, 240.2896, 232.2196, 216.0788, 182.1124, 252.4956, 178.8036]}
1723	139	worker	"vm:23990"
1724	139	val_accuracy	0.1068
1725	139	val_mae	8.706
1726	139	val_mse	182.1124
1727	139	test_accuracy	0.1036
1728	139	test_mae	8.5752
1729	139	test_mse	184.6632
1730	139	seconds	83.31
1731	139	device	"cpu"
1732	139	best_epoch	6
1733	139	epochs	8
1734	139	mean_distribution	[0.015014, 0.012654, 0.012986, 0.01072, 0.011195, 0.011442, 0.009294, 0.009498, 0.010623, 0.008866, 0.009002, 0.008591, 0.009224, 0.008055, 0.008508, 0.008642, 0.010563, 0.010621, 0.013526, 0.016071, 0.017534, 0.019462, 0.022584, 0.025218, 0.025209, 0.026751, 0.025422, 0.024241, 0.025169, 0.023271, 0.021709, 0.023322, 0.021573, 0.020832, 0.019755, 0.019975, 0.018433, 0.017815, 0.014873, 0.014529, 0.014154, 0.012837, 0.011922, 0.011426, 0.012037, 0.010841, 0.012784, 0.012717, 0.011205, 0.010451, 0.011611, 0.011443, 0.012121, 0.012408, 0.010693, 0.009629, 0.010004, 0.010096, 0.009454, 0.009452, 0.009117, 0.00859, 0.007657, 0.006463, 0.007227, 0.005943, 0.005096, 0.00502, 0.00519, 0.004943, 0.004559, 0.004363, 0.004192, 0.004148, 0.004594, 0.004096, 0.003661, 0.004256, 0.00351, 0.003119, 0.002929, 0.003038, 0.002391, 0.002855, 0.003003, 0.002376, 0.002033, 0.001919, 0.001964, 0.001692]
1735	139	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0464, 0.0728, 0.0704, 0.0872, 0.1008, 0.1068, 0.1052, 0.0644], "mae": [14.3248, 11.7408, 10.2144, 10.206, 9.4796, 8.706, 9.982, 8.986], "mse": [441.5824, 325.7768, 240.2896, 232.2196, 216.0788, 182.1124, 252.4956, 178.8036]}
1736	139	run	28
1737	140	worker	"vm:23990"
1738	140	val_accuracy	0.1068
1739	140	val_mae	8.706
1740	140	val_mse	182.1124
1741	140	test_accuracy	0.1036
1742	140	test_mae	8.5752
1743	140	test_mse	184.6632
1744	140	seconds	83.31
1745	140	device	"cpu"
1746	140	best_epoch	6
1747	140	epochs	8
1748	140	mean_distribution	[0.015014, 0.012654, 0.012986, 0.01072, 0.011195, 0.011442, 0.009294, 0.009498, 0.010623, 0.008866, 0.009002, 0.008591, 0.009224, 0.008055, 0.008508, 0.008642, 0.010563, 0.010621, 0.013526, 0.016071, 0.017534, 0.019462, 0.022584, 0.025218, 0.025209, 0.026751, 0.025422, 0.024241, 0.025169, 0.023271, 0.021709, 0.023322, 0.021573, 0.020832, 0.019755, 0.019975, 0.018433, 0.017815, 0.014873, 0.014529, 0.014154, 0.012837, 0.011922, 0.011426, 0.012037, 0.010841, 0.012784, 0.012717, 0.011205, 0.010451, 0.011611, 0.011443, 0.012121, 0.012408, 0.010693, 0.009629, 0.010004, 0.010096, 0.009454, 0.009452, 0.009117, 0.00859, 0.007657, 0.006463, 0.007227, 0.005943, 0.005096, 0.00502, 0.00519, 0.004943, 0.004559, 0.004363, 0.004192, 0.004148, 0.004594, 0.004096, 0.003661, 0.004256, 0.00351, 0.003119, 0.002929, 0.003038, 0.002391, 0.002855, 0.003003, 0.002376, 0.002033, 0.001919, 0.001964, 0.001692]
1749	140	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0464, 0.0728, 0.0704, 0.0872, 0.1008, 0.1068, 0.1052, 0.0644], "mae": [14.3248, 11.7408, 10.2144, 10.206, 9.4796, 8.706, 9.982, 8.986], "mse": [441.5824, 325.7768, 240.2896, 232.2196, 216.0788, 182.1124, 252.4956, 178.8036]}
1750	140	run	28
1751	141	worker	"vm:23990"
1752	141	val_accuracy	0.1068
1753	141	val_mae	8.706
1754	141	val_mse	182.1124
1755	141	test_accuracy	0.1036
1756	141	test_mae	8.5752
1757	141	test_mse	184.6632
1758	141	seconds	83.31
1759	141	device	"cpu"
1760	141	best_epoch	6
1761	141	epochs	8
1762	141	mean_distribution	[0.015014, 0.012654, 0.012986, 0.01072, 0.011195, 0.011442, 0.009294, 0.009498, 0.010623, 0.008866, 0.009002, 0.008591, 0.009224, 0.008055, 0.008508, 0.008642, 0.010563, 0.010621, 0.013526, 0.016071, 0.017534, 0.019462, 0.022584, 0.025218, 0.025209, 0.026751, 0.025422, 0.024241, 0.025169, 0.023271, 0.021709, 0.023322, 0.021573, 0.020832, 0.019755, 0.019975, 0.018433, 0.017815, 0.014873, 0.014529, 0.014154, 0.012837, 0.011922, 0.011426, 0.012037, 0.010841, 0.012784, 0.012717, 0.011205, 0.010451, 0.011611, 0.011443, 0.012121, 0.012408, 0.010693, 0.009629, 0.010004, 0.010096, 0.009454, 0.009452, 0.009117, 0.00859, 0.007657, 0.006463, 0.007227, 0.005943, 0.005096, 0.00502, 0.00519, 0.004943, 0.004559, 0.004363, 0.004192, 0.004148, 0.004594, 0.004096, 0.003661, 0.004256, 0.00351, 0.003119, 0.002929, 0.003038, 0.002391, 0.002855, 0.003003, 0.002376, 0.002033, 0.001919, 0.001964, 0.001692]
1763	141	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.0464, 0.0728, 0.0704, 0.0872, 0.1008, 0.1068, 0.1052, 0.0644], "mae": [14.3248, 11.7408, 10.2144, 10.206, 9.4796, 8.706, 9.982, 8.986], "mse": [441.5824, 325.7768, 240.2896, 232.2196, 216.0788, 182.1124, 252.4956, 178.8036]}
1764	141	run	28
1765	31	worker	"vm:23990"
1822	145	val_accuracy_mean	0.09506666666666667
1823	145	val_accuracy_std	0.010785669504795085
1824	145	val_mae_mean	8.566666666666666
1825	145	val_mae_std	0.12761182808292743
1826	145	val_mse_mean	165.5516
1827	145	val_mse_std	11.609052969471712
1828	145	test_accuracy_mean	0.0956
1829	145	test_accuracy_std	0.008485281374238568
1830	145	test_mae_mean	8.208333333333334
1831	145	test_mae_std	0.2533620860876123
1832	145	test_mse_mean	162.26206666666667
1833	145	test_mse_std	14.034253272713396
1834	146	worker	"vm:23989"
1835	146	val_accuracy	0.078
1836	146	val_mae	8.3856
1837	146	val_mse	147.6552
1838	146	test_accuracy	0.0916
1839	146	test_mae	7.9256
1840	146	test_mse	142.8304
1841	146	seconds	87.085
1842	146	device	"cpu"
1843	146	best_epoch	7
1844	146	epochs	8
1845	146	mean_distribution	[0.008751, 0.011361, 0.01152, 0.010526, 0.010724, 0.010188, 0.00948, 0.00876, 0.008788, 0.007514, 0.00764, 0.007509, 0.007803, 0.008713, 0.008959, 0.009586, 0.011067, 0.011068, 0.012982, 0.017072, 0.017224, 0.019721, 0.021126, 0.026866, 0.026645, 0.030853, 0.02925, 0.02728, 0.028679, 0.029368, 0.029345, 0.030843, 0.025733, 0.027856, 0.029936, 0.027289, 0.027364, 0.02446, 0.021426, 0.020181, 0.018093, 0.014535, 0.013653, 0.011968, 0.012444, 0.011467, 0.010609, 0.010558, 0.01052, 0.009988, 0.01067, 0.009989, 0.009283, 0.008507, 0.007417, 0.007439, 0.006941, 0.006841, 0.006284, 0.005772, 0.005133, 0.005059, 0.004454, 0.004306, 0.003956, 0.00382, 0.003653, 0.003396, 0.003127, 0.003149, 0.003031, 0.002967, 0.002585, 0.002334, 0.002439, 0.002108, 0.001911, 0.001762, 0.001709, 0.001752, 0.00151, 0.001406, 0.001429, 0.001458, 0.001445, 0.001445, 0.00118, 0.00109, 0.001006, 0.000949]
1846	146	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.052, 0.0728, 0.096, 0.0728, 0.0788, 0.0704, 0.078, 0.0804], "mae": [14.6788, 12.166, 9.714, 9.2164, 9.1628, 8.8392, 8.3856, 9.0516], "mse": [479.9068, 336.8548, 215.5692, 193.7724, 199.8476, 185.1704, 147.6552, 192.6964]}
1847	146	run	29
1848	147	n	6
1849	147	seeds	[0, 1, 2, 3, 4, 5]
1850	147	val_accuracy_mean	0.09506666666666667
1851	147	val_accuracy_std	0.010785669504795085
1852	147	val_mae_mean	8.566666666666666
1853	147	val_mae_std	0.12761182808292743
1854	147	val_mse_mean	165.5516
1855	147	val_mse_std	11.609052969471712
1856	147	test_accuracy_mean	0.0956
1857	147	test_accuracy_std	0.008485281374238568
1858	147	test_mae_mean	8.208333333333334
1859	147	test_mae_std	0.2533620860876123
1860	147	test_mse_mean	162.26206666666667
1861	147	test_mse_std	14.034253272713396
1862	32	worker	"vm:23989"
1863	31	val_accuracy	0.138
1864	31	val_mae	10.5412
1865	31	val_mse	263.8244
1866	31	test_accuracy	0.1412
1867	31	test_mae	10.096
1868	31	test_mse	260.0856
1869	31	seconds	91.465
1870	31	device	"cpu"
1871	31	best_epoch	7
1872	31	epochs	8
1873	31	mean_distribution	[0.034959, 0.021971, 0.01788, 0.01042, 0.014478, 0.005423, 0.006389, 0.015345, 0.005637, 0.006001, 0.002846, 0.006676, 0.007148, 0.006892, 0.006546, 0.009066, 0.008832, 0.007887, 0.004412, 0.01084, 0.012987, 0.011641, 0.013415, 0.023277, 0.024913, 0.066926, 0.022102, 0.019597, 0.013955, 0.031823, 0.018465, 0.029344, 0.007636, 0.020515, 0.025765, 0.016613, 0.009933, 0.016091, 0.01132, 0.02683, 0.007592, 0.009497, 0.008398, 0.005421, 0.020202, 0.008604, 0.010455, 0.010243, 0.008684, 0.020934, 0.00828, 0.014387, 0.015699, 0.015311, 0.00954, 0.01346, 0.006412, 0.012756, 0.004251, 0.011361, 0.007916, 0.006692, 0.00753, 0.00424, 0.012666, 0.005638, 0.006047, 0.007709, 0.002395, 0.00872, 0.004475, 0.006405, 0.002943, 0.004916, 0.00772, 0.003622, 0.00261, 0.005101, 0.002812, 0.00763, 0.00305, 0.001375, 0.001745, 0.002285, 0.005996, 0.00203, 0.001459, 0.002988, 0.002323, 0.004677]
1874	31	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.114, 0.132, 0.1412, 0.1356, 0.1464, 0.1408, 0.138, 0.1268], "mae": [17.448, 14.7372, 13.5348, 13.2712, 11.55, 12.104, 10.5412, 10.5604], "mse": [623.908, 479.4044, 411.7468, 411.4912, 310.0556, 337.864, 263.8244, 263.3748]}
1875	148	worker	"vm:23990"
1876	148	val_accuracy	0.138
1877	148	val_mae	10.5412
1878	148	val_mse	263.8244
1879	148	test_accuracy	0.1412
1880	148	test_mae	10.096
1881	148	test_mse	260.0856
1882	148	seconds	91.465
1883	148	device	"cpu"
1884	148	best_epoch	7
1885	148	epochs	8
1886	148	mean_distribution	[0.034959, 0.021971, 0.01788, 0.01042, 0.014478, 0.005423, 0.006389, 0.015345, 0.005637, 0.006001, 0.002846, 0.006676, 0.007148, 0.006892, 0.006546, 0.009066, 0.008832, 0.007887, 0.004412, 0.01084, 0.012987, 0.011641, 0.013415, 0.023277, 0.024913, 0.066926, 0.022102, 0.019597, 0.013955, 0.031823, 0.018465, 0.029344, 0.007636, 0.020515, 0.025765, 0.016613, 0.009933, 0.016091, 0.01132, 0.02683, 0.007592, 0.009497, 0.008398, 0.005421, 0.020202, 0.008604, 0.010455, 0.010243, 0.008684, 0.020934, 0.00828, 0.014387, 0.015699, 0.015311, 0.00954, 0.01346, 0.006412, 0.012756, 0.004251, 0.011361, 0.007916, 0.006692, 0.00753, 0.00424, 0.012666, 0.005638, 0.006047, 0.007709, 0.002395, 0.00872, 0.004475, 0.006405, 0.002943, 0.004916, 0.00772, 0.003622, 0.00261, 0.005101, 0.002812, 0.00763, 0.00305, 0.001375, 0.001745, 0.002285, 0.005996, 0.00203, 0.001459, 0.002988, 0.002323, 0.004677]
1887	148	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.114, 0.132, 0.1412, 0.1356, 0.1464, 0.1408, 0.138, 0.1268], "mae": [17.448, 14.7372, 13.5348, 13.2712, 11.55, 12.104, 10.5412, 10.5604], "mse": [623.908, 479.4044, 411.7468, 411.4912, 310.0556, 337.864, 263.8244, 263.3748]}
1888	148	run	30
1889	149	worker	"vm:23990"
1890	149	val_accuracy	0.138
1891	149	val_mae	10.5412
1892	149	val_mse	263.8244
1893	149	test_accuracy	0.1412
1894	149	test_mae	10.096
1895	149	test_mse	260.0856
1896	149	seconds	91.465
1897	149	device	"cpu"
1898	149	best_epoch	7
1899	149	epochs	8
1900	149	mean_distribution	[0.034959, 0.021971, 0.01788, 0.01042, 0.014478, 0.005423, 0.006389, 0.015345, 0.005637, 0.006001, 0.002846, 0.006676, 0.007148, 0.006892, 0.006546, 0.009066, 0.008832, 0.007887, 0.004412, 0.01084, 0.012987, 0.011641, 0.013415, 0.023277, 0.024913, 0.066926, 0.022102, 0.019597, 0.013955, 0.031823, 0.018465, 0.029344, 0.007636, 0.020515, 0.025765, 0.016613, 0.009933, 0.016091, 0.01132, 0.02683, 0.007592, 0.009497, 0.008398, 0.005421, 0.020202, 0.008604, 0.010455, 0.010243, 0.008684, 0.020934, 0.00828, 0.014387, 0.015699, 0.015311, 0.00954, 0.01346, 0.006412, 0.012756, 0.004251, 0.011361, 0.007916, 0.006692, 0.00753, 0.00424, 0.012666, 0.005638, 0.006047, 0.007709, 0.002395, 0.00872, 0.004475, 0.006405, 0.002943, 0.004916, 0.00772, 0.003622, 0.00261, 0.005101, 0.002812, 0.00763, 0.00305, 0.001375, 0.001745, 0.002285, 0.005996, 0.00203, 0.001459, 0.002988, 0.002323, 0.004677]
1901	149	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.114, 0.132, 0.1412, 0.1356, 0.1464, 0.1408, 0.138, 0.1268], "mae": [17.448, 14.7372, 13.5348, 13.2712, 11.55, 12.104, 10.5412, 10.5604], "mse": [623.908, 479.4044, 411.7468, 411.4912, 310.0556, 337.864, 263.8244, 263.3748]}
1902	149	run	30
1903	150	worker	"vm:23990"
1904	150	val_accuracy	0.138
1905	150	val_mae	10.5412
1906	150	val_mse	263.8244
1907	150	test_accuracy	0.1412
1908	150	test_mae	10.096
1909	150	test_mse	260.0856
1910	150	seconds	91.465
1911	150	device	"cpu"
1912	150	best_epoch	7
1913	150	epochs	8
1914	150	mean_distribution	[0.034959, 0.021971, 0.01788, 0.01042, 0.014478, 0.005423, 0.006389, 0.015345, 0.005637, 0.006001, 0.002846, 0.006676, 0.007148, 0.006892, 0.006546, 0.009066, 0.008832, 0.007887, 0.004412, 0.01084, 0.012987, 0.011641, 0.013415, 0.023277, 0.024913, 0.066926, 0.022102, 0.019597, 0.013955, 0.031823, 0.018465, 0.029344, 0.007636, 0.020515, 0.025765, 0.016613, 0.009933, 0.016091, 0.01132, 0.02683, 0.007592, 0.009497, 0.008398, 0.005421, 0.020202, 0.008604, 0.010455, 0.010243, 0.008684, 0.020934, 0.00828, 0.014387, 0.015699, 0.015311, 0.00954, 0.01346, 0.006412, 0.012756, 0.004251, 0.011361, 0.007916, 0.006692, 0.00753, 0.00424, 0.012666, 0.005638, 0.006047, 0.007709, 0.002395, 0.00872, 0.004475, 0.006405, 0.002943, 0.004916, 0.00772, 0.003622, 0.00261, 0.005101, 0.002812, 0.00763, 0.00305, 0.001375, 0.001745, 0.002285, 0.005996, 0.00203, 0.001459, 0.002988, 0.002323, 0.004677]
1915	150	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.114, 0.132, 0.1412, 0.1356, 0.1464, 0.1408, 0.138, 0.1268], "mae": [17.448, 14.7372, 13.5348, 13.2712, 11.55, 12.104, 10.5412, 10.5604], "mse": [623.908, 479.4044, 411.7468, 411.4912, 310.0556, 337.864, 263.8244, 263.3748]}
1916	150	run	30
1917	33	worker	"vm:23990"
1918	32	val_accuracy	0.1276
1919	32	val_mae	11.3576
1920	32	val_mse	305.8704
1921	32	test_accuracy	0.1324
1922	32	test_mae	10.7236
1923	32	test_mse	293.1756
1924	32	seconds	89.895
1925	32	device	"cpu"
1926	32	best_epoch	8
1927	32	epochs	8
1928	32	mean_distribution	[0.044024, 0.024305, 0.015387, 0.012061, 0.015619, 0.008544, 0.006961, 0.008944, 0.01296, 0.008576, 0.002872, 0.006798, 0.005667, 0.005567, 0.006002, 0.007969, 0.006821, 0.008083, 0.005193, 0.015829, 0.016037, 0.016923, 0.019763, 0.028442, 0.02635, 0.06055, 0.01814, 0.034364, 0.019049, 0.040782, 0.017508, 0.020334, 0.008046, 0.023981, 0.033953, 0.01846, 0.00749, 0.013906, 0.012999, 0.024151, 0.007828, 0.008224, 0.008755, 0.005434, 0.015088, 0.007692, 0.009823, 0.00885, 0.007414, 0.013206, 0.009251, 0.010296, 0.009955, 0.013155, 0.00806, 0.00918, 0.005218, 0.00931, 0.00618, 0.012756, 0.008384, 0.003784, 0.006368, 0.003325, 0.012819, 0.004683, 0.004186, 0.004881, 0.001807, 0.006926, 0.003473, 0.00494, 0.003456, 0.003811, 0.005976, 0.00294, 0.002853, 0.004191, 0.00253, 0.00646, 0.00259, 0.002452, 0.00172, 0.002047, 0.00678, 0.001951, 0.001542, 0.001991, 0.002907, 0.00314]
1929	32	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1252, 0.1352, 0.136, 0.1388, 0.142, 0.144, 0.1276], "mae": [18.5892, 17.7488, 14.8228, 13.8092, 13.6304, 12.3848, 11.7888, 11.3576], "mse": [698.5356, 674.4456, 506.7812, 436.3988, 439.36, 349.2712, 328.176, 305.8704]}
1930	151	worker	"vm:23989"
1931	151	val_accuracy	0.1276
1932	151	val_mae	11.3576
1933	151	val_mse	305.8704
1934	151	test_accuracy	0.1324
1935	151	test_mae	10.7236
1936	151	test_mse	293.1756
1937	151	seconds	89.895
1938	151	device	"cpu"
1939	151	best_epoch	8
1940	151	epochs	8
1941	151	mean_distribution	[0.044024, 0.024305, 0.015387, 0.012061, 0.015619, 0.008544, 0.006961, 0.008944, 0.01296, 0.008576, 0.002872, 0.006798, 0.005667, 0.005567, 0.006002, 0.007969, 0.006821, 0.008083, 0.005193, 0.015829, 0.016037, 0.016923, 0.019763, 0.028442, 0.02635, 0.06055, 0.01814, 0.034364, 0.019049, 0.040782, 0.017508, 0.020334, 0.008046, 0.023981, 0.033953, 0.01846, 0.00749, 0.013906, 0.012999, 0.024151, 0.007828, 0.008224, 0.008755, 0.005434, 0.015088, 0.007692, 0.009823, 0.00885, 0.007414, 0.013206, 0.009251, 0.010296, 0.009955, 0.013155, 0.00806, 0.00918, 0.005218, 0.00931, 0.00618, 0.012756, 0.008384, 0.003784, 0.006368, 0.003325, 0.012819, 0.004683, 0.004186, 0.004881, 0.001807, 0.006926, 0.003473, 0.00494, 0.003456, 0.003811, 0.005976, 0.00294, 0.002853, 0.004191, 0.00253, 0.00646, 0.00259, 0.002452, 0.00172, 0.002047, 0.00678, 0.001951, 0.001542, 0.001991, 0.002907, 0.00314]
1942	151	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1252, 0.1352, 0.136, 0.1388, 0.142, 0.144, 0.1276], "mae": [18.5892, 17.7488, 14.8228, 13.8092, 13.6304, 12.3848, 11.7888, 11.3576], "mse": [698.5356, 674.4456, 506.7812, 436.3988, 439.36, 349.2712, 328.176, 305.8704]}
1943	151	run	31
1944	152	worker	"vm:23989"
1945	152	val_accuracy	0.1276
1946	152	val_mae	11.3576
1947	152	val_mse	305.8704
1948	152	test_accuracy	0.1324
1949	152	test_mae	10.7236
1950	152	test_mse	293.1756
1951	152	seconds	89.895
1952	152	device	"cpu"
1953	152	best_epoch	8
1954	152	epochs	8
1973	33	val_accuracy	0.1368
1974	33	val_mae	10.274
1975	33	val_mse	244.018
1976	33	test_accuracy	0.1396
1977	33	test_mae	9.9412
1978	33	test_mse	245.5284
1979	33	seconds	68.578
1980	33	device	"cpu"
1955	152	mean_distribution	[0.044024, 0.024305, 0.015387, 0.012061, 0.015619, 0.008544, 0.006961, 0.008944, 0.01296, 0.008576, 0.002872, 0.006798, 0.005667, 0.005567, 0.006002, 0.007969, 0.006821, 0.008083, 0.005193, 0.015829, 0.016037, 0.016923, 0.019763, 0.028442, 0.02635, 0.06055, 0.01814, 0.034364, 0.019049, 0.040782, 0.017508, 0.020334, 0.008046, 0.023981, 0.033953, 0.01846, 0.00749, 0.013906, 0.012999, 0.024151, 0.007828, 0.008224, 0.008755, 0.005434, 0.015088, 0.007692, 0.009823, 0.00885, 0.007414, 0.013206, 0.009251, 0.010296, 0.009955, 0.013155, 0.00806, 0.00918, 0.005218, 0.00931, 0.00618, 0.012756, 0.008384, 0.003784, 0.006368, 0.003325, 0.012819, 0.004683, 0.004186, 0.004881, 0.001807, 0.006926, 0.003473, 0.00494, 0.003456, 0.003811, 0.005976, 0.00294, 0.002853, 0.004191, 0.00253, 0.00646, 0.00259, 0.002452, 0.00172, 0.002047, 0.00678, 0.001951, 0.001542, 0.001991, 0.002907, 0.00314]
1956	152	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1252, 0.1352, 0.136, 0.1388, 0.142, 0.144, 0.1276], "mae": [18.5892, 17.7488, 14.8228, 13.8092, 13.6304, 12.3848, 11.7888, 11.3576], "mse": [698.5356, 674.4456, 506.7812, 436.3988, 439.36, 349.2712, 328.176, 305.8704]}
1957	152	run	31
1958	153	worker	"vm:23989"
1959	153	val_accuracy	0.1276
1960	153	val_mae	11.3576
1961	153	val_mse	305.8704
1962	153	test_accuracy	0.1324
1963	153	test_mae	10.7236
1964	153	test_mse	293.1756
1965	153	seconds	89.895
1966	153	device	"cpu"
1967	153	best_epoch	8
1968	153	epochs	8
1969	153	mean_distribution	[0.044024, 0.024305, 0.015387, 0.012061, 0.015619, 0.008544, 0.006961, 0.008944, 0.01296, 0.008576, 0.002872, 0.006798, 0.005667, 0.005567, 0.006002, 0.007969, 0.006821, 0.008083, 0.005193, 0.015829, 0.016037, 0.016923, 0.019763, 0.028442, 0.02635, 0.06055, 0.01814, 0.034364, 0.019049, 0.040782, 0.017508, 0.020334, 0.008046, 0.023981, 0.033953, 0.01846, 0.00749, 0.013906, 0.012999, 0.024151, 0.007828, 0.008224, 0.008755, 0.005434, 0.015088, 0.007692, 0.009823, 0.00885, 0.007414, 0.013206, 0.009251, 0.010296, 0.009955, 0.013155, 0.00806, 0.00918, 0.005218, 0.00931, 0.00618, 0.012756, 0.008384, 0.003784, 0.006368, 0.003325, 0.012819, 0.004683, 0.004186, 0.004881, 0.001807, 0.006926, 0.003473, 0.00494, 0.003456, 0.003811, 0.005976, 0.00294, 0.002853, 0.004191, 0.00253, 0.00646, 0.00259, 0.002452, 0.00172, 0.002047, 0.00678, 0.001951, 0.001542, 0.001991, 0.002907, 0.00314]
1970	153	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.116, 0.1252, 0.1352, 0.136, 0.1388, 0.142, 0.144, 0.1276], "mae": [18.5892, 17.7488, 14.8228, 13.8092, 13.6304, 12.3848, 11.7888, 11.3576], "mse": [698.5356, 674.4456, 506.7812, 436.3988, 439.36, 349.2712, 328.176, 305.8704]}
1971	153	run	31
1972	34	worker	"vm:23989"
2028	34	val_accuracy	0.1328
2029	34	val_mae	10.4812
2030	34	val_mse	270.0508
2031	34	test_accuracy	0.1344
2032	34	test_mae	10.1516
2033	34	test_mse	250.3988
2034	34	seconds	66.553
2035	34	device	"cpu"
2036	34	best_epoch	8
2037	34	epochs	8
2038	34	mean_distribution	[0.041892, 0.021158, 0.01553, 0.008341, 0.008218, 0.007682, 0.005335, 0.013682, 0.008961, 0.007898, 0.001749, 0.006289, 0.005537, 0.005766, 0.004041, 0.007724, 0.006209, 0.004368, 0.003813, 0.010447, 0.014395, 0.01349, 0.020451, 0.022041, 0.037642, 0.084353, 0.020776, 0.0299, 0.018063, 0.039697, 0.01712, 0.022146, 0.007839, 0.027855, 0.03052, 0.015499, 0.00699, 0.015508, 0.011071, 0.020696, 0.006939, 0.007272, 0.00618, 0.0043, 0.013189, 0.008325, 0.01035, 0.00653, 0.007056, 0.021871, 0.006412, 0.013091, 0.015471, 0.018322, 0.010549, 0.013284, 0.004187, 0.014891, 0.003574, 0.011238, 0.005535, 0.00441, 0.004903, 0.002608, 0.013193, 0.004339, 0.005677, 0.006805, 0.001598, 0.012712, 0.003851, 0.004466, 0.002564, 0.00384, 0.007453, 0.002239, 0.002317, 0.003512, 0.002023, 0.007959, 0.002007, 0.001721, 0.001386, 0.001782, 0.006698, 0.001648, 0.001087, 0.002347, 0.001555, 0.004046]
2039	34	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1352, 0.1376, 0.1376, 0.1468, 0.1484, 0.1324, 0.1328], "mae": [18.3444, 14.9884, 14.2236, 14.2144, 11.7396, 10.7224, 11.0172, 10.4812], "mse": [689.794, 511.2052, 459.8548, 473.7256, 320.962, 278.1272, 288.6012, 270.0508]}
2040	157	worker	"vm:23989"
2041	157	val_accuracy	0.1328
2042	157	val_mae	10.4812
2043	157	val_mse	270.0508
2044	157	test_accuracy	0.1344
2045	157	test_mae	10.1516
2046	157	test_mse	250.3988
2047	157	seconds	66.553
2048	157	device	"cpu"
2049	157	best_epoch	8
2050	157	epochs	8
2051	157	mean_distribution	[0.041892, 0.021158, 0.01553, 0.008341, 0.008218, 0.007682, 0.005335, 0.013682, 0.008961, 0.007898, 0.001749, 0.006289, 0.005537, 0.005766, 0.004041, 0.007724, 0.006209, 0.004368, 0.003813, 0.010447, 0.014395, 0.01349, 0.020451, 0.022041, 0.037642, 0.084353, 0.020776, 0.0299, 0.018063, 0.039697, 0.01712, 0.022146, 0.007839, 0.027855, 0.03052, 0.015499, 0.00699, 0.015508, 0.011071, 0.020696, 0.006939, 0.007272, 0.00618, 0.0043, 0.013189, 0.008325, 0.01035, 0.00653, 0.007056, 0.021871, 0.006412, 0.013091, 0.015471, 0.018322, 0.010549, 0.013284, 0.004187, 0.014891, 0.003574, 0.011238, 0.005535, 0.00441, 0.004903, 0.002608, 0.013193, 0.004339, 0.005677, 0.006805, 0.001598, 0.012712, 0.003851, 0.004466, 0.002564, 0.00384, 0.007453, 0.002239, 0.002317, 0.003512, 0.002023, 0.007959, 0.002007, 0.001721, 0.001386, 0.001782, 0.006698, 0.001648, 0.001087, 0.002347, 0.001555, 0.004046]
2052	157	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1352, 0.1376, 0.1376, 0.1468, 0.1484, 0.1324, 0.1328], "mae": [18.3444, 14.9884, 14.2236, 14.2144, 11.7396, 10.7224, 11.0172, 10.4812], "mse": [689.794, 511.2052, 459.8548, 473.7256, 320.962, 278.1272, 288.6012, 270.0508]}
2053	157	run	33
2054	158	worker	"vm:23989"
2055	158	val_accuracy	0.1328
2056	158	val_mae	10.4812
2057	158	val_mse	270.0508
2058	158	test_accuracy	0.1344
2059	158	test_mae	10.1516
2060	158	test_mse	250.3988
2061	158	seconds	66.553
2062	158	device	"cpu"
2063	158	best_epoch	8
2064	158	epochs	8
2179	165	val_accuracy	0.1144
2180	165	val_mae	9.9268
2181	165	val_mse	230.8708
2182	165	test_accuracy	0.1172
2183	165	test_mae	9.3396
2184	165	test_mse	210.5252
2185	165	seconds	73.354
2186	165	device	"cpu"
1981	33	best_epoch	7
1982	33	epochs	8
1983	33	mean_distribution	[0.032146, 0.017293, 0.008766, 0.016029, 0.012746, 0.005376, 0.005325, 0.015546, 0.01031, 0.008491, 0.00202, 0.006686, 0.004999, 0.004989, 0.005983, 0.012993, 0.008002, 0.007777, 0.004564, 0.010608, 0.013372, 0.015046, 0.009685, 0.028924, 0.026649, 0.076045, 0.025822, 0.028366, 0.020466, 0.029375, 0.015096, 0.020589, 0.008448, 0.019162, 0.025364, 0.019599, 0.011061, 0.015997, 0.009672, 0.021343, 0.007388, 0.008993, 0.007409, 0.005403, 0.014325, 0.011756, 0.010232, 0.006434, 0.009484, 0.019619, 0.008046, 0.011235, 0.012234, 0.014953, 0.008459, 0.013869, 0.005989, 0.017124, 0.005018, 0.015693, 0.006372, 0.005597, 0.008074, 0.002957, 0.015871, 0.004691, 0.006189, 0.005673, 0.002408, 0.009641, 0.003573, 0.007037, 0.003391, 0.003723, 0.006973, 0.002994, 0.003107, 0.00501, 0.003155, 0.008384, 0.002573, 0.002246, 0.001886, 0.001925, 0.00924, 0.001796, 0.001136, 0.002745, 0.002738, 0.004501]
1984	33	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.12, 0.1364, 0.1384, 0.1428, 0.1384, 0.134, 0.1368, 0.118], "mae": [15.5016, 14.5812, 13.5128, 13.1096, 10.9732, 10.7108, 10.274, 11.784], "mse": [499.7256, 476.3572, 410.0632, 393.5272, 282.534, 263.5196, 244.018, 334.5656]}
1985	154	worker	"vm:23990"
1986	154	val_accuracy	0.1368
1987	154	val_mae	10.274
1988	154	val_mse	244.018
1989	154	test_accuracy	0.1396
1990	154	test_mae	9.9412
1991	154	test_mse	245.5284
1992	154	seconds	68.578
1993	154	device	"cpu"
1994	154	best_epoch	7
1995	154	epochs	8
1996	154	mean_distribution	[0.032146, 0.017293, 0.008766, 0.016029, 0.012746, 0.005376, 0.005325, 0.015546, 0.01031, 0.008491, 0.00202, 0.006686, 0.004999, 0.004989, 0.005983, 0.012993, 0.008002, 0.007777, 0.004564, 0.010608, 0.013372, 0.015046, 0.009685, 0.028924, 0.026649, 0.076045, 0.025822, 0.028366, 0.020466, 0.029375, 0.015096, 0.020589, 0.008448, 0.019162, 0.025364, 0.019599, 0.011061, 0.015997, 0.009672, 0.021343, 0.007388, 0.008993, 0.007409, 0.005403, 0.014325, 0.011756, 0.010232, 0.006434, 0.009484, 0.019619, 0.008046, 0.011235, 0.012234, 0.014953, 0.008459, 0.013869, 0.005989, 0.017124, 0.005018, 0.015693, 0.006372, 0.005597, 0.008074, 0.002957, 0.015871, 0.004691, 0.006189, 0.005673, 0.002408, 0.009641, 0.003573, 0.007037, 0.003391, 0.003723, 0.006973, 0.002994, 0.003107, 0.00501, 0.003155, 0.008384, 0.002573, 0.002246, 0.001886, 0.001925, 0.00924, 0.001796, 0.001136, 0.002745, 0.002738, 0.004501]
1997	154	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.12, 0.1364, 0.1384, 0.1428, 0.1384, 0.134, 0.1368, 0.118], "mae": [15.5016, 14.5812, 13.5128, 13.1096, 10.9732, 10.7108, 10.274, 11.784], "mse": [499.7256, 476.3572, 410.0632, 393.5272, 282.534, 263.5196, 244.018, 334.5656]}
1998	154	run	32
1999	155	worker	"vm:23990"
2000	155	val_accuracy	0.1368
2001	155	val_mae	10.274
2002	155	val_mse	244.018
2003	155	test_accuracy	0.1396
2004	155	test_mae	9.9412
2005	155	test_mse	245.5284
2006	155	seconds	68.578
2007	155	device	"cpu"
2008	155	best_epoch	7
2009	155	epochs	8
2010	155	mean_distribution	[0.032146, 0.017293, 0.008766, 0.016029, 0.012746, 0.005376, 0.005325, 0.015546, 0.01031, 0.008491, 0.00202, 0.006686, 0.004999, 0.004989, 0.005983, 0.012993, 0.008002, 0.007777, 0.004564, 0.010608, 0.013372, 0.015046, 0.009685, 0.028924, 0.026649, 0.076045, 0.025822, 0.028366, 0.020466, 0.029375, 0.015096, 0.020589, 0.008448, 0.019162, 0.025364, 0.019599, 0.011061, 0.015997, 0.009672, 0.021343, 0.007388, 0.008993, 0.007409, 0.005403, 0.014325, 0.011756, 0.010232, 0.006434, 0.009484, 0.019619, 0.008046, 0.011235, 0.012234, 0.014953, 0.008459, 0.013869, 0.005989, 0.017124, 0.005018, 0.015693, 0.006372, 0.005597, 0.008074, 0.002957, 0.015871, 0.004691, 0.006189, 0.005673, 0.002408, 0.009641, 0.003573, 0.007037, 0.003391, 0.003723, 0.006973, 0.002994, 0.003107, 0.00501, 0.003155, 0.008384, 0.002573, 0.002246, 0.001886, 0.001925, 0.00924, 0.001796, 0.001136, 0.002745, 0.002738, 0.004501]
2011	155	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.12, 0.1364, 0.1384, 0.1428, 0.1384, 0.134, 0.1368, 0.118], "mae": [15.5016, 14.5812, 13.5128, 13.1096, 10.9732, 10.7108, 10.274, 11.784], "mse": [499.7256, 476.3572, 410.0632, 393.5272, 282.534, 263.5196, 244.018, 334.5656]}
2012	155	run	32
2013	156	worker	"vm:23990"
2014	156	val_accuracy	0.1368
2015	156	val_mae	10.274
2016	156	val_mse	244.018
2017	156	test_accuracy	0.1396
2018	156	test_mae	9.9412
2019	156	test_mse	245.5284
2020	156	seconds	68.578
2021	156	device	"cpu"
2022	156	best_epoch	7
2023	156	epochs	8
2024	156	mean_distribution	[0.032146, 0.017293, 0.008766, 0.016029, 0.012746, 0.005376, 0.005325, 0.015546, 0.01031, 0.008491, 0.00202, 0.006686, 0.004999, 0.004989, 0.005983, 0.012993, 0.008002, 0.007777, 0.004564, 0.010608, 0.013372, 0.015046, 0.009685, 0.028924, 0.026649, 0.076045, 0.025822, 0.028366, 0.020466, 0.029375, 0.015096, 0.020589, 0.008448, 0.019162, 0.025364, 0.019599, 0.011061, 0.015997, 0.009672, 0.021343, 0.007388, 0.008993, 0.007409, 0.005403, 0.014325, 0.011756, 0.010232, 0.006434, 0.009484, 0.019619, 0.008046, 0.011235, 0.012234, 0.014953, 0.008459, 0.013869, 0.005989, 0.017124, 0.005018, 0.015693, 0.006372, 0.005597, 0.008074, 0.002957, 0.015871, 0.004691, 0.006189, 0.005673, 0.002408, 0.009641, 0.003573, 0.007037, 0.003391, 0.003723, 0.006973, 0.002994, 0.003107, 0.00501, 0.003155, 0.008384, 0.002573, 0.002246, 0.001886, 0.001925, 0.00924, 0.001796, 0.001136, 0.002745, 0.002738, 0.004501]
2025	156	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.12, 0.1364, 0.1384, 0.1428, 0.1384, 0.134, 0.1368, 0.118], "mae": [15.5016, 14.5812, 13.5128, 13.1096, 10.9732, 10.7108, 10.274, 11.784], "mse": [499.7256, 476.3572, 410.0632, 393.5272, 282.534, 263.5196, 244.018, 334.5656]}
2026	156	run	32
2027	35	worker	"vm:23990"
2083	35	val_accuracy	0.1252
2084	35	val_mae	9.932
2085	35	val_mse	234.5744
2086	35	test_accuracy	0.1252
2087	35	test_mae	9.7052
2088	35	test_mse	227.3196
2089	35	seconds	72.853
2090	35	device	"cpu"
2091	35	best_epoch	8
2092	35	epochs	8
2187	165	best_epoch	7
2188	165	epochs	8
2065	158	mean_distribution	[0.041892, 0.021158, 0.01553, 0.008341, 0.008218, 0.007682, 0.005335, 0.013682, 0.008961, 0.007898, 0.001749, 0.006289, 0.005537, 0.005766, 0.004041, 0.007724, 0.006209, 0.004368, 0.003813, 0.010447, 0.014395, 0.01349, 0.020451, 0.022041, 0.037642, 0.084353, 0.020776, 0.0299, 0.018063, 0.039697, 0.01712, 0.022146, 0.007839, 0.027855, 0.03052, 0.015499, 0.00699, 0.015508, 0.011071, 0.020696, 0.006939, 0.007272, 0.00618, 0.0043, 0.013189, 0.008325, 0.01035, 0.00653, 0.007056, 0.021871, 0.006412, 0.013091, 0.015471, 0.018322, 0.010549, 0.013284, 0.004187, 0.014891, 0.003574, 0.011238, 0.005535, 0.00441, 0.004903, 0.002608, 0.013193, 0.004339, 0.005677, 0.006805, 0.001598, 0.012712, 0.003851, 0.004466, 0.002564, 0.00384, 0.007453, 0.002239, 0.002317, 0.003512, 0.002023, 0.007959, 0.002007, 0.001721, 0.001386, 0.001782, 0.006698, 0.001648, 0.001087, 0.002347, 0.001555, 0.004046]
2066	158	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1352, 0.1376, 0.1376, 0.1468, 0.1484, 0.1324, 0.1328], "mae": [18.3444, 14.9884, 14.2236, 14.2144, 11.7396, 10.7224, 11.0172, 10.4812], "mse": [689.794, 511.2052, 459.8548, 473.7256, 320.962, 278.1272, 288.6012, 270.0508]}
2067	158	run	33
2068	159	worker	"vm:23989"
2069	159	val_accuracy	0.1328
2070	159	val_mae	10.4812
2071	159	val_mse	270.0508
2072	159	test_accuracy	0.1344
2073	159	test_mae	10.1516
2074	159	test_mse	250.3988
2075	159	seconds	66.553
2076	159	device	"cpu"
2077	159	best_epoch	8
2078	159	epochs	8
2079	159	mean_distribution	[0.041892, 0.021158, 0.01553, 0.008341, 0.008218, 0.007682, 0.005335, 0.013682, 0.008961, 0.007898, 0.001749, 0.006289, 0.005537, 0.005766, 0.004041, 0.007724, 0.006209, 0.004368, 0.003813, 0.010447, 0.014395, 0.01349, 0.020451, 0.022041, 0.037642, 0.084353, 0.020776, 0.0299, 0.018063, 0.039697, 0.01712, 0.022146, 0.007839, 0.027855, 0.03052, 0.015499, 0.00699, 0.015508, 0.011071, 0.020696, 0.006939, 0.007272, 0.00618, 0.0043, 0.013189, 0.008325, 0.01035, 0.00653, 0.007056, 0.021871, 0.006412, 0.013091, 0.015471, 0.018322, 0.010549, 0.013284, 0.004187, 0.014891, 0.003574, 0.011238, 0.005535, 0.00441, 0.004903, 0.002608, 0.013193, 0.004339, 0.005677, 0.006805, 0.001598, 0.012712, 0.003851, 0.004466, 0.002564, 0.00384, 0.007453, 0.002239, 0.002317, 0.003512, 0.002023, 0.007959, 0.002007, 0.001721, 0.001386, 0.001782, 0.006698, 0.001648, 0.001087, 0.002347, 0.001555, 0.004046]
2080	159	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1352, 0.1376, 0.1376, 0.1468, 0.1484, 0.1324, 0.1328], "mae": [18.3444, 14.9884, 14.2236, 14.2144, 11.7396, 10.7224, 11.0172, 10.4812], "mse": [689.794, 511.2052, 459.8548, 473.7256, 320.962, 278.1272, 288.6012, 270.0508]}
2081	159	run	33
2082	36	worker	"vm:23989"
2138	36	val_accuracy	0.1144
2139	36	val_mae	9.9268
2140	36	val_mse	230.8708
2141	36	test_accuracy	0.1172
2142	36	test_mae	9.3396
2143	36	test_mse	210.5252
2144	36	seconds	73.354
2145	36	device	"cpu"
2146	36	best_epoch	7
2147	36	epochs	8
2148	36	mean_distribution	[0.02328, 0.026662, 0.009397, 0.016373, 0.012167, 0.007856, 0.006054, 0.016937, 0.006859, 0.007973, 0.002024, 0.007022, 0.006163, 0.005988, 0.004074, 0.020433, 0.009095, 0.005275, 0.004274, 0.007061, 0.010037, 0.017562, 0.022516, 0.029718, 0.037151, 0.061887, 0.015678, 0.018129, 0.023171, 0.031379, 0.012391, 0.041734, 0.009949, 0.032044, 0.02777, 0.014389, 0.010769, 0.014515, 0.010419, 0.027483, 0.008485, 0.007778, 0.006746, 0.004294, 0.015755, 0.008148, 0.008688, 0.007618, 0.008462, 0.025773, 0.01228, 0.015849, 0.012249, 0.01024, 0.006637, 0.011368, 0.005648, 0.011429, 0.00463, 0.015914, 0.005069, 0.005237, 0.005496, 0.003239, 0.012274, 0.004495, 0.005374, 0.005467, 0.001738, 0.008017, 0.003971, 0.005021, 0.002732, 0.003205, 0.006153, 0.002178, 0.002654, 0.004407, 0.002207, 0.005411, 0.002133, 0.002017, 0.001282, 0.001336, 0.006593, 0.001386, 0.000938, 0.002418, 0.001893, 0.00401]
2149	36	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1268, 0.1364, 0.1464, 0.1416, 0.1196, 0.1144, 0.1296], "mae": [15.8956, 14.9652, 13.244, 10.844, 11.5028, 11.6052, 9.9268, 10.1408], "mse": [536.494, 502.4764, 393.1504, 268.4512, 314.4428, 327.0252, 230.8708, 251.892]}
2150	163	worker	"vm:23989"
2151	163	val_accuracy	0.1144
2152	163	val_mae	9.9268
2153	163	val_mse	230.8708
2154	163	test_accuracy	0.1172
2155	163	test_mae	9.3396
2156	163	test_mse	210.5252
2157	163	seconds	73.354
2158	163	device	"cpu"
2159	163	best_epoch	7
2160	163	epochs	8
2161	163	mean_distribution	[0.02328, 0.026662, 0.009397, 0.016373, 0.012167, 0.007856, 0.006054, 0.016937, 0.006859, 0.007973, 0.002024, 0.007022, 0.006163, 0.005988, 0.004074, 0.020433, 0.009095, 0.005275, 0.004274, 0.007061, 0.010037, 0.017562, 0.022516, 0.029718, 0.037151, 0.061887, 0.015678, 0.018129, 0.023171, 0.031379, 0.012391, 0.041734, 0.009949, 0.032044, 0.02777, 0.014389, 0.010769, 0.014515, 0.010419, 0.027483, 0.008485, 0.007778, 0.006746, 0.004294, 0.015755, 0.008148, 0.008688, 0.007618, 0.008462, 0.025773, 0.01228, 0.015849, 0.012249, 0.01024, 0.006637, 0.011368, 0.005648, 0.011429, 0.00463, 0.015914, 0.005069, 0.005237, 0.005496, 0.003239, 0.012274, 0.004495, 0.005374, 0.005467, 0.001738, 0.008017, 0.003971, 0.005021, 0.002732, 0.003205, 0.006153, 0.002178, 0.002654, 0.004407, 0.002207, 0.005411, 0.002133, 0.002017, 0.001282, 0.001336, 0.006593, 0.001386, 0.000938, 0.002418, 0.001893, 0.00401]
2162	163	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1268, 0.1364, 0.1464, 0.1416, 0.1196, 0.1144, 0.1296], "mae": [15.8956, 14.9652, 13.244, 10.844, 11.5028, 11.6052, 9.9268, 10.1408], "mse": [536.494, 502.4764, 393.1504, 268.4512, 314.4428, 327.0252, 230.8708, 251.892]}
2163	163	run	35
2164	164	n	6
2165	164	seeds	[0, 1, 2, 3, 4, 5]
2166	164	val_accuracy_mean	0.12913333333333335
2167	164	val_accuracy_std	0.008783317520542379
2168	164	val_mae_mean	10.4188
2169	164	val_mae_std	0.5291930158269286
2170	164	val_mse_mean	258.2014666666667
2171	164	val_mse_std	28.10952020669629
2172	164	test_accuracy_mean	0.13166666666666668
2173	164	test_accuracy_std	0.009087720652983708
2174	164	test_mae_mean	9.992866666666666
2175	164	test_mae_std	0.4651844480060209
2176	164	test_mse_mean	247.8388666666667
2177	164	test_mse_std	28.39240534443438
2178	165	worker	"vm:23989"
2093	35	mean_distribution	[0.022026, 0.017548, 0.007996, 0.017868, 0.010186, 0.006346, 0.006298, 0.013672, 0.011013, 0.008347, 0.001998, 0.006906, 0.004787, 0.006365, 0.005419, 0.01035, 0.008398, 0.012154, 0.003687, 0.010915, 0.011061, 0.018406, 0.011366, 0.021491, 0.033236, 0.062947, 0.019436, 0.021146, 0.017787, 0.041851, 0.011858, 0.031038, 0.009833, 0.020111, 0.027568, 0.021922, 0.008926, 0.022388, 0.011777, 0.016889, 0.006704, 0.00823, 0.008498, 0.00508, 0.023128, 0.008584, 0.008133, 0.007322, 0.006551, 0.02125, 0.008747, 0.014891, 0.010602, 0.019395, 0.00943, 0.012379, 0.007143, 0.016259, 0.00499, 0.009301, 0.007924, 0.005403, 0.007132, 0.002839, 0.020008, 0.005241, 0.006447, 0.006513, 0.00224, 0.009627, 0.004608, 0.004248, 0.003428, 0.004513, 0.006103, 0.002542, 0.003675, 0.005891, 0.00253, 0.007501, 0.002198, 0.002026, 0.001584, 0.002064, 0.011057, 0.002166, 0.0013, 0.002541, 0.002343, 0.004373]
2094	35	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1152, 0.13, 0.1384, 0.1444, 0.14, 0.14, 0.1216, 0.1252], "mae": [18.546, 16.2136, 14.0888, 12.7092, 11.2528, 10.9588, 10.13, 9.932], "mse": [693.8556, 577.784, 443.9616, 364.5612, 302.9224, 287.3884, 246.1972, 234.5744]}
2095	160	worker	"vm:23990"
2096	160	val_accuracy	0.1252
2097	160	val_mae	9.932
2098	160	val_mse	234.5744
2099	160	test_accuracy	0.1252
2100	160	test_mae	9.7052
2101	160	test_mse	227.3196
2102	160	seconds	72.853
2103	160	device	"cpu"
2104	160	best_epoch	8
2105	160	epochs	8
2106	160	mean_distribution	[0.022026, 0.017548, 0.007996, 0.017868, 0.010186, 0.006346, 0.006298, 0.013672, 0.011013, 0.008347, 0.001998, 0.006906, 0.004787, 0.006365, 0.005419, 0.01035, 0.008398, 0.012154, 0.003687, 0.010915, 0.011061, 0.018406, 0.011366, 0.021491, 0.033236, 0.062947, 0.019436, 0.021146, 0.017787, 0.041851, 0.011858, 0.031038, 0.009833, 0.020111, 0.027568, 0.021922, 0.008926, 0.022388, 0.011777, 0.016889, 0.006704, 0.00823, 0.008498, 0.00508, 0.023128, 0.008584, 0.008133, 0.007322, 0.006551, 0.02125, 0.008747, 0.014891, 0.010602, 0.019395, 0.00943, 0.012379, 0.007143, 0.016259, 0.00499, 0.009301, 0.007924, 0.005403, 0.007132, 0.002839, 0.020008, 0.005241, 0.006447, 0.006513, 0.00224, 0.009627, 0.004608, 0.004248, 0.003428, 0.004513, 0.006103, 0.002542, 0.003675, 0.005891, 0.00253, 0.007501, 0.002198, 0.002026, 0.001584, 0.002064, 0.011057, 0.002166, 0.0013, 0.002541, 0.002343, 0.004373]
2107	160	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1152, 0.13, 0.1384, 0.1444, 0.14, 0.14, 0.1216, 0.1252], "mae": [18.546, 16.2136, 14.0888, 12.7092, 11.2528, 10.9588, 10.13, 9.932], "mse": [693.8556, 577.784, 443.9616, 364.5612, 302.9224, 287.3884, 246.1972, 234.5744]}
2108	160	run	34
2109	161	worker	"vm:23990"
2110	161	val_accuracy	0.1252
2111	161	val_mae	9.932
2112	161	val_mse	234.5744
2113	161	test_accuracy	0.1252
2114	161	test_mae	9.7052
2115	161	test_mse	227.3196
2116	161	seconds	72.853
2117	161	device	"cpu"
2118	161	best_epoch	8
2119	161	epochs	8
2120	161	mean_distribution	[0.022026, 0.017548, 0.007996, 0.017868, 0.010186, 0.006346, 0.006298, 0.013672, 0.011013, 0.008347, 0.001998, 0.006906, 0.004787, 0.006365, 0.005419, 0.01035, 0.008398, 0.012154, 0.003687, 0.010915, 0.011061, 0.018406, 0.011366, 0.021491, 0.033236, 0.062947, 0.019436, 0.021146, 0.017787, 0.041851, 0.011858, 0.031038, 0.009833, 0.020111, 0.027568, 0.021922, 0.008926, 0.022388, 0.011777, 0.016889, 0.006704, 0.00823, 0.008498, 0.00508, 0.023128, 0.008584, 0.008133, 0.007322, 0.006551, 0.02125, 0.008747, 0.014891, 0.010602, 0.019395, 0.00943, 0.012379, 0.007143, 0.016259, 0.00499, 0.009301, 0.007924, 0.005403, 0.007132, 0.002839, 0.020008, 0.005241, 0.006447, 0.006513, 0.00224, 0.009627, 0.004608, 0.004248, 0.003428, 0.004513, 0.006103, 0.002542, 0.003675, 0.005891, 0.00253, 0.007501, 0.002198, 0.002026, 0.001584, 0.002064, 0.011057, 0.002166, 0.0013, 0.002541, 0.002343, 0.004373]
2121	161	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1152, 0.13, 0.1384, 0.1444, 0.14, 0.14, 0.1216, 0.1252], "mae": [18.546, 16.2136, 14.0888, 12.7092, 11.2528, 10.9588, 10.13, 9.932], "mse": [693.8556, 577.784, 443.9616, 364.5612, 302.9224, 287.3884, 246.1972, 234.5744]}
2122	161	run	34
2123	162	worker	"vm:23990"
2124	162	val_accuracy	0.1252
2125	162	val_mae	9.932
2126	162	val_mse	234.5744
2127	162	test_accuracy	0.1252
2128	162	test_mae	9.7052
2129	162	test_mse	227.3196
2130	162	seconds	72.853
2131	162	device	"cpu"
2132	162	best_epoch	8
2133	162	epochs	8
2134	162	mean_distribution	[0.022026, 0.017548, 0.007996, 0.017868, 0.010186, 0.006346, 0.006298, 0.013672, 0.011013, 0.008347, 0.001998, 0.006906, 0.004787, 0.006365, 0.005419, 0.01035, 0.008398, 0.012154, 0.003687, 0.010915, 0.011061, 0.018406, 0.011366, 0.021491, 0.033236, 0.062947, 0.019436, 0.021146, 0.017787, 0.041851, 0.011858, 0.031038, 0.009833, 0.020111, 0.027568, 0.021922, 0.008926, 0.022388, 0.011777, 0.016889, 0.006704, 0.00823, 0.008498, 0.00508, 0.023128, 0.008584, 0.008133, 0.007322, 0.006551, 0.02125, 0.008747, 0.014891, 0.010602, 0.019395, 0.00943, 0.012379, 0.007143, 0.016259, 0.00499, 0.009301, 0.007924, 0.005403, 0.007132, 0.002839, 0.020008, 0.005241, 0.006447, 0.006513, 0.00224, 0.009627, 0.004608, 0.004248, 0.003428, 0.004513, 0.006103, 0.002542, 0.003675, 0.005891, 0.00253, 0.007501, 0.002198, 0.002026, 0.001584, 0.002064, 0.011057, 0.002166, 0.0013, 0.002541, 0.002343, 0.004373]
2135	162	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1152, 0.13, 0.1384, 0.1444, 0.14, 0.14, 0.1216, 0.1252], "mae": [18.546, 16.2136, 14.0888, 12.7092, 11.2528, 10.9588, 10.13, 9.932], "mse": [693.8556, 577.784, 443.9616, 364.5612, 302.9224, 287.3884, 246.1972, 234.5744]}
2136	162	run	34
2137	37	worker	"vm:23990"
2189	165	mean_distribution	[0.02328, 0.026662, 0.009397, 0.016373, 0.012167, 0.007856, 0.006054, 0.016937, 0.006859, 0.007973, 0.002024, 0.007022, 0.006163, 0.005988, 0.004074, 0.020433, 0.009095, 0.005275, 0.004274, 0.007061, 0.010037, 0.017562, 0.022516, 0.029718, 0.037151, 0.061887, 0.015678, 0.018129, 0.023171, 0.031379, 0.012391, 0.041734, 0.009949, 0.032044, 0.02777, 0.014389, 0.010769, 0.014515, 0.010419, 0.027483, 0.008485, 0.007778, 0.006746, 0.004294, 0.015755, 0.008148, 0.008688, 0.007618, 0.008462, 0.025773, 0.01228, 0.015849, 0.012249, 0.01024, 0.006637, 0.011368, 0.005648, 0.011429, 0.00463, 0.015914, 0.005069, 0.005237, 0.005496, 0.003239, 0.012274, 0.004495, 0.005374, 0.005467, 0.001738, 0.008017, 0.003971, 0.005021, 0.002732, 0.003205, 0.006153, 0.002178, 0.002654, 0.004407, 0.002207, 0.005411, 0.002133, 0.002017, 0.001282, 0.001336, 0.006593, 0.001386, 0.000938, 0.002418, 0.001893, 0.00401]
2190	165	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1268, 0.1364, 0.1464, 0.1416, 0.1196, 0.1144, 0.1296], "mae": [15.8956, 14.9652, 13.244, 10.844, 11.5028, 11.6052, 9.9268, 10.1408], "mse": [536.494, 502.4764, 393.1504, 268.4512, 314.4428, 327.0252, 230.8708, 251.892]}
2191	165	run	35
2192	166	n	6
2193	166	seeds	[0, 1, 2, 3, 4, 5]
2194	166	val_accuracy_mean	0.12913333333333335
2195	166	val_accuracy_std	0.008783317520542379
2196	166	val_mae_mean	10.4188
2197	166	val_mae_std	0.5291930158269286
2198	166	val_mse_mean	258.2014666666667
2199	166	val_mse_std	28.10952020669629
2200	166	test_accuracy_mean	0.13166666666666668
2201	166	test_accuracy_std	0.009087720652983708
2202	166	test_mae_mean	9.992866666666666
2203	166	test_mae_std	0.4651844480060209
2204	166	test_mse_mean	247.8388666666667
2205	166	test_mse_std	28.39240534443438
2206	167	worker	"vm:23989"
2207	167	val_accuracy	0.1144
2208	167	val_mae	9.9268
2209	167	val_mse	230.8708
2210	167	test_accuracy	0.1172
2211	167	test_mae	9.3396
2212	167	test_mse	210.5252
2213	167	seconds	73.354
2214	167	device	"cpu"
2215	167	best_epoch	7
2216	167	epochs	8
2217	167	mean_distribution	[0.02328, 0.026662, 0.009397, 0.016373, 0.012167, 0.007856, 0.006054, 0.016937, 0.006859, 0.007973, 0.002024, 0.007022, 0.006163, 0.005988, 0.004074, 0.020433, 0.009095, 0.005275, 0.004274, 0.007061, 0.010037, 0.017562, 0.022516, 0.029718, 0.037151, 0.061887, 0.015678, 0.018129, 0.023171, 0.031379, 0.012391, 0.041734, 0.009949, 0.032044, 0.02777, 0.014389, 0.010769, 0.014515, 0.010419, 0.027483, 0.008485, 0.007778, 0.006746, 0.004294, 0.015755, 0.008148, 0.008688, 0.007618, 0.008462, 0.025773, 0.01228, 0.015849, 0.012249, 0.01024, 0.006637, 0.011368, 0.005648, 0.011429, 0.00463, 0.015914, 0.005069, 0.005237, 0.005496, 0.003239, 0.012274, 0.004495, 0.005374, 0.005467, 0.001738, 0.008017, 0.003971, 0.005021, 0.002732, 0.003205, 0.006153, 0.002178, 0.002654, 0.004407, 0.002207, 0.005411, 0.002133, 0.002017, 0.001282, 0.001336, 0.006593, 0.001386, 0.000938, 0.002418, 0.001893, 0.00401]
2218	167	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1248, 0.1268, 0.1364, 0.1464, 0.1416, 0.1196, 0.1144, 0.1296], "mae": [15.8956, 14.9652, 13.244, 10.844, 11.5028, 11.6052, 9.9268, 10.1408], "mse": [536.494, 502.4764, 393.1504, 268.4512, 314.4428, 327.0252, 230.8708, 251.892]}
2219	167	run	35
2220	168	n	6
2221	168	seeds	[0, 1, 2, 3, 4, 5]
2222	168	val_accuracy_mean	0.12913333333333335
2223	168	val_accuracy_std	0.008783317520542379
2224	168	val_mae_mean	10.4188
2225	168	val_mae_std	0.5291930158269286
2226	168	val_mse_mean	258.2014666666667
2227	168	val_mse_std	28.10952020669629
2228	168	test_accuracy_mean	0.13166666666666668
2229	168	test_accuracy_std	0.009087720652983708
2230	168	test_mae_mean	9.992866666666666
2231	168	test_mae_std	0.4651844480060209
2232	168	test_mse_mean	247.8388666666667
2233	168	test_mse_std	28.39240534443438
2234	38	worker	"vm:23989"
2235	37	val_accuracy	0.136
2236	37	val_mae	10.7368
2237	37	val_mse	274.5264
2238	37	test_accuracy	0.1412
2239	37	test_mae	10.4408
2240	37	test_mse	273.7328
2241	37	seconds	69.604
2242	37	device	"cpu"
2243	37	best_epoch	7
2244	37	epochs	8
2245	37	mean_distribution	[0.027171, 0.020545, 0.015559, 0.011623, 0.013797, 0.007303, 0.006001, 0.017964, 0.005301, 0.006547, 0.003318, 0.006161, 0.006548, 0.008235, 0.007352, 0.009669, 0.007768, 0.008041, 0.005068, 0.011789, 0.015856, 0.015319, 0.015295, 0.031256, 0.02885, 0.068745, 0.018504, 0.025393, 0.013684, 0.029772, 0.015734, 0.026232, 0.008589, 0.017642, 0.027235, 0.018782, 0.010016, 0.015434, 0.010435, 0.021157, 0.007446, 0.008167, 0.007348, 0.005739, 0.016407, 0.007782, 0.010421, 0.008299, 0.007884, 0.020412, 0.008934, 0.013031, 0.01281, 0.013424, 0.008325, 0.013209, 0.006356, 0.013313, 0.005226, 0.010846, 0.007543, 0.005967, 0.007242, 0.004865, 0.011793, 0.005447, 0.006621, 0.006848, 0.003476, 0.007327, 0.004691, 0.005887, 0.00349, 0.004891, 0.007135, 0.005045, 0.003469, 0.006028, 0.003629, 0.007628, 0.003337, 0.0025, 0.002858, 0.0031, 0.006385, 0.002881, 0.002268, 0.00372, 0.003571, 0.005286]
2246	37	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1188, 0.1324, 0.1356, 0.1304, 0.1452, 0.1416, 0.136, 0.1268], "mae": [17.0456, 15.0008, 13.7988, 13.8992, 11.2804, 12.0552, 10.7368, 11.1348], "mse": [601.2456, 498.8792, 424.8228, 442.316, 291.8724, 332.376, 274.5264, 295.954]}
2247	169	worker	"vm:23990"
2248	169	val_accuracy	0.136
2249	169	val_mae	10.7368
2250	169	val_mse	274.5264
2251	169	test_accuracy	0.1412
2252	169	test_mae	10.4408
2253	169	test_mse	273.7328
2254	169	seconds	69.604
2255	169	device	"cpu"
2256	169	best_epoch	7
2257	169	epochs	8
2352	39	device	"cpu"
2353	39	best_epoch	7
2354	39	epochs	8
2258	169	mean_distribution	[0.027171, 0.020545, 0.015559, 0.011623, 0.013797, 0.007303, 0.006001, 0.017964, 0.005301, 0.006547, 0.003318, 0.006161, 0.006548, 0.008235, 0.007352, 0.009669, 0.007768, 0.008041, 0.005068, 0.011789, 0.015856, 0.015319, 0.015295, 0.031256, 0.02885, 0.068745, 0.018504, 0.025393, 0.013684, 0.029772, 0.015734, 0.026232, 0.008589, 0.017642, 0.027235, 0.018782, 0.010016, 0.015434, 0.010435, 0.021157, 0.007446, 0.008167, 0.007348, 0.005739, 0.016407, 0.007782, 0.010421, 0.008299, 0.007884, 0.020412, 0.008934, 0.013031, 0.01281, 0.013424, 0.008325, 0.013209, 0.006356, 0.013313, 0.005226, 0.010846, 0.007543, 0.005967, 0.007242, 0.004865, 0.011793, 0.005447, 0.006621, 0.006848, 0.003476, 0.007327, 0.004691, 0.005887, 0.00349, 0.004891, 0.007135, 0.005045, 0.003469, 0.006028, 0.003629, 0.007628, 0.003337, 0.0025, 0.002858, 0.0031, 0.006385, 0.002881, 0.002268, 0.00372, 0.003571, 0.005286]
2259	169	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1188, 0.1324, 0.1356, 0.1304, 0.1452, 0.1416, 0.136, 0.1268], "mae": [17.0456, 15.0008, 13.7988, 13.8992, 11.2804, 12.0552, 10.7368, 11.1348], "mse": [601.2456, 498.8792, 424.8228, 442.316, 291.8724, 332.376, 274.5264, 295.954]}
2260	169	run	36
2261	170	worker	"vm:23990"
2262	170	val_accuracy	0.136
2263	170	val_mae	10.7368
2264	170	val_mse	274.5264
2265	170	test_accuracy	0.1412
2266	170	test_mae	10.4408
2267	170	test_mse	273.7328
2268	170	seconds	69.604
2269	170	device	"cpu"
2270	170	best_epoch	7
2271	170	epochs	8
2272	170	mean_distribution	[0.027171, 0.020545, 0.015559, 0.011623, 0.013797, 0.007303, 0.006001, 0.017964, 0.005301, 0.006547, 0.003318, 0.006161, 0.006548, 0.008235, 0.007352, 0.009669, 0.007768, 0.008041, 0.005068, 0.011789, 0.015856, 0.015319, 0.015295, 0.031256, 0.02885, 0.068745, 0.018504, 0.025393, 0.013684, 0.029772, 0.015734, 0.026232, 0.008589, 0.017642, 0.027235, 0.018782, 0.010016, 0.015434, 0.010435, 0.021157, 0.007446, 0.008167, 0.007348, 0.005739, 0.016407, 0.007782, 0.010421, 0.008299, 0.007884, 0.020412, 0.008934, 0.013031, 0.01281, 0.013424, 0.008325, 0.013209, 0.006356, 0.013313, 0.005226, 0.010846, 0.007543, 0.005967, 0.007242, 0.004865, 0.011793, 0.005447, 0.006621, 0.006848, 0.003476, 0.007327, 0.004691, 0.005887, 0.00349, 0.004891, 0.007135, 0.005045, 0.003469, 0.006028, 0.003629, 0.007628, 0.003337, 0.0025, 0.002858, 0.0031, 0.006385, 0.002881, 0.002268, 0.00372, 0.003571, 0.005286]
2273	170	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1188, 0.1324, 0.1356, 0.1304, 0.1452, 0.1416, 0.136, 0.1268], "mae": [17.0456, 15.0008, 13.7988, 13.8992, 11.2804, 12.0552, 10.7368, 11.1348], "mse": [601.2456, 498.8792, 424.8228, 442.316, 291.8724, 332.376, 274.5264, 295.954]}
2274	170	run	36
2275	171	worker	"vm:23990"
2276	171	val_accuracy	0.136
2277	171	val_mae	10.7368
2278	171	val_mse	274.5264
2279	171	test_accuracy	0.1412
2280	171	test_mae	10.4408
2281	171	test_mse	273.7328
2282	171	seconds	69.604
2283	171	device	"cpu"
2284	171	best_epoch	7
2285	171	epochs	8
2286	171	mean_distribution	[0.027171, 0.020545, 0.015559, 0.011623, 0.013797, 0.007303, 0.006001, 0.017964, 0.005301, 0.006547, 0.003318, 0.006161, 0.006548, 0.008235, 0.007352, 0.009669, 0.007768, 0.008041, 0.005068, 0.011789, 0.015856, 0.015319, 0.015295, 0.031256, 0.02885, 0.068745, 0.018504, 0.025393, 0.013684, 0.029772, 0.015734, 0.026232, 0.008589, 0.017642, 0.027235, 0.018782, 0.010016, 0.015434, 0.010435, 0.021157, 0.007446, 0.008167, 0.007348, 0.005739, 0.016407, 0.007782, 0.010421, 0.008299, 0.007884, 0.020412, 0.008934, 0.013031, 0.01281, 0.013424, 0.008325, 0.013209, 0.006356, 0.013313, 0.005226, 0.010846, 0.007543, 0.005967, 0.007242, 0.004865, 0.011793, 0.005447, 0.006621, 0.006848, 0.003476, 0.007327, 0.004691, 0.005887, 0.00349, 0.004891, 0.007135, 0.005045, 0.003469, 0.006028, 0.003629, 0.007628, 0.003337, 0.0025, 0.002858, 0.0031, 0.006385, 0.002881, 0.002268, 0.00372, 0.003571, 0.005286]
2287	171	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1188, 0.1324, 0.1356, 0.1304, 0.1452, 0.1416, 0.136, 0.1268], "mae": [17.0456, 15.0008, 13.7988, 13.8992, 11.2804, 12.0552, 10.7368, 11.1348], "mse": [601.2456, 498.8792, 424.8228, 442.316, 291.8724, 332.376, 274.5264, 295.954]}
2288	171	run	36
2289	39	worker	"vm:23990"
2290	38	val_accuracy	0.1412
2291	38	val_mae	11.1764
2292	38	val_mse	308.3708
2293	38	test_accuracy	0.1352
2294	38	test_mae	10.8244
2295	38	test_mse	305.5204
2296	38	seconds	73.279
2297	38	device	"cpu"
2298	38	best_epoch	8
2299	38	epochs	8
2300	38	mean_distribution	[0.038374, 0.021887, 0.01521, 0.009701, 0.013868, 0.010694, 0.005798, 0.007666, 0.009419, 0.007698, 0.003662, 0.007939, 0.006032, 0.007443, 0.006245, 0.011997, 0.007389, 0.008675, 0.005439, 0.013947, 0.016174, 0.015807, 0.019292, 0.025528, 0.028975, 0.069061, 0.017901, 0.030992, 0.015979, 0.034023, 0.016907, 0.019898, 0.008278, 0.019025, 0.028838, 0.019755, 0.008893, 0.012002, 0.012541, 0.023138, 0.007907, 0.008398, 0.007146, 0.005034, 0.015021, 0.008873, 0.009198, 0.008049, 0.007463, 0.015368, 0.010639, 0.010948, 0.012649, 0.012434, 0.009096, 0.010392, 0.00713, 0.011696, 0.005317, 0.011615, 0.008289, 0.004635, 0.006855, 0.004462, 0.010589, 0.005994, 0.004505, 0.005071, 0.002974, 0.007733, 0.004459, 0.00568, 0.003421, 0.005199, 0.006454, 0.003747, 0.003561, 0.005216, 0.003105, 0.006131, 0.003018, 0.002777, 0.003496, 0.002879, 0.006789, 0.00316, 0.002461, 0.003084, 0.004038, 0.00376]
2301	38	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1204, 0.1372, 0.1356, 0.14, 0.1416, 0.142, 0.1412], "mae": [16.826, 19.1504, 14.8592, 14.1072, 13.5232, 12.8452, 12.212, 11.1764], "mse": [591.0756, 765.1856, 512.3104, 458.5936, 444.7808, 391.2196, 361.7848, 308.3708]}
2302	172	worker	"vm:23989"
2303	172	val_accuracy	0.1412
2304	172	val_mae	11.1764
2305	172	val_mse	308.3708
2306	172	test_accuracy	0.1352
2307	172	test_mae	10.8244
2308	172	test_mse	305.5204
2309	172	seconds	73.279
2310	172	device	"cpu"
2311	172	best_epoch	8
2312	172	epochs	8
2345	39	val_accuracy	0.1384
2346	39	val_mae	10.0984
2347	39	val_mse	236.416
2348	39	test_accuracy	0.1368
2349	39	test_mae	10.0616
2350	39	test_mse	245.964
2351	39	seconds	69.61
2313	172	mean_distribution	[0.038374, 0.021887, 0.01521, 0.009701, 0.013868, 0.010694, 0.005798, 0.007666, 0.009419, 0.007698, 0.003662, 0.007939, 0.006032, 0.007443, 0.006245, 0.011997, 0.007389, 0.008675, 0.005439, 0.013947, 0.016174, 0.015807, 0.019292, 0.025528, 0.028975, 0.069061, 0.017901, 0.030992, 0.015979, 0.034023, 0.016907, 0.019898, 0.008278, 0.019025, 0.028838, 0.019755, 0.008893, 0.012002, 0.012541, 0.023138, 0.007907, 0.008398, 0.007146, 0.005034, 0.015021, 0.008873, 0.009198, 0.008049, 0.007463, 0.015368, 0.010639, 0.010948, 0.012649, 0.012434, 0.009096, 0.010392, 0.00713, 0.011696, 0.005317, 0.011615, 0.008289, 0.004635, 0.006855, 0.004462, 0.010589, 0.005994, 0.004505, 0.005071, 0.002974, 0.007733, 0.004459, 0.00568, 0.003421, 0.005199, 0.006454, 0.003747, 0.003561, 0.005216, 0.003105, 0.006131, 0.003018, 0.002777, 0.003496, 0.002879, 0.006789, 0.00316, 0.002461, 0.003084, 0.004038, 0.00376]
2314	172	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1204, 0.1372, 0.1356, 0.14, 0.1416, 0.142, 0.1412], "mae": [16.826, 19.1504, 14.8592, 14.1072, 13.5232, 12.8452, 12.212, 11.1764], "mse": [591.0756, 765.1856, 512.3104, 458.5936, 444.7808, 391.2196, 361.7848, 308.3708]}
2315	172	run	37
2316	173	worker	"vm:23989"
2317	173	val_accuracy	0.1412
2318	173	val_mae	11.1764
2319	173	val_mse	308.3708
2320	173	test_accuracy	0.1352
2321	173	test_mae	10.8244
2322	173	test_mse	305.5204
2323	173	seconds	73.279
2324	173	device	"cpu"
2325	173	best_epoch	8
2326	173	epochs	8
2327	173	mean_distribution	[0.038374, 0.021887, 0.01521, 0.009701, 0.013868, 0.010694, 0.005798, 0.007666, 0.009419, 0.007698, 0.003662, 0.007939, 0.006032, 0.007443, 0.006245, 0.011997, 0.007389, 0.008675, 0.005439, 0.013947, 0.016174, 0.015807, 0.019292, 0.025528, 0.028975, 0.069061, 0.017901, 0.030992, 0.015979, 0.034023, 0.016907, 0.019898, 0.008278, 0.019025, 0.028838, 0.019755, 0.008893, 0.012002, 0.012541, 0.023138, 0.007907, 0.008398, 0.007146, 0.005034, 0.015021, 0.008873, 0.009198, 0.008049, 0.007463, 0.015368, 0.010639, 0.010948, 0.012649, 0.012434, 0.009096, 0.010392, 0.00713, 0.011696, 0.005317, 0.011615, 0.008289, 0.004635, 0.006855, 0.004462, 0.010589, 0.005994, 0.004505, 0.005071, 0.002974, 0.007733, 0.004459, 0.00568, 0.003421, 0.005199, 0.006454, 0.003747, 0.003561, 0.005216, 0.003105, 0.006131, 0.003018, 0.002777, 0.003496, 0.002879, 0.006789, 0.00316, 0.002461, 0.003084, 0.004038, 0.00376]
2328	173	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1204, 0.1372, 0.1356, 0.14, 0.1416, 0.142, 0.1412], "mae": [16.826, 19.1504, 14.8592, 14.1072, 13.5232, 12.8452, 12.212, 11.1764], "mse": [591.0756, 765.1856, 512.3104, 458.5936, 444.7808, 391.2196, 361.7848, 308.3708]}
2329	173	run	37
2330	174	worker	"vm:23989"
2331	174	val_accuracy	0.1412
2332	174	val_mae	11.1764
2333	174	val_mse	308.3708
2334	174	test_accuracy	0.1352
2335	174	test_mae	10.8244
2336	174	test_mse	305.5204
2337	174	seconds	73.279
2338	174	device	"cpu"
2339	174	best_epoch	8
2340	174	epochs	8
2341	174	mean_distribution	[0.038374, 0.021887, 0.01521, 0.009701, 0.013868, 0.010694, 0.005798, 0.007666, 0.009419, 0.007698, 0.003662, 0.007939, 0.006032, 0.007443, 0.006245, 0.011997, 0.007389, 0.008675, 0.005439, 0.013947, 0.016174, 0.015807, 0.019292, 0.025528, 0.028975, 0.069061, 0.017901, 0.030992, 0.015979, 0.034023, 0.016907, 0.019898, 0.008278, 0.019025, 0.028838, 0.019755, 0.008893, 0.012002, 0.012541, 0.023138, 0.007907, 0.008398, 0.007146, 0.005034, 0.015021, 0.008873, 0.009198, 0.008049, 0.007463, 0.015368, 0.010639, 0.010948, 0.012649, 0.012434, 0.009096, 0.010392, 0.00713, 0.011696, 0.005317, 0.011615, 0.008289, 0.004635, 0.006855, 0.004462, 0.010589, 0.005994, 0.004505, 0.005071, 0.002974, 0.007733, 0.004459, 0.00568, 0.003421, 0.005199, 0.006454, 0.003747, 0.003561, 0.005216, 0.003105, 0.006131, 0.003018, 0.002777, 0.003496, 0.002879, 0.006789, 0.00316, 0.002461, 0.003084, 0.004038, 0.00376]
2342	174	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1196, 0.1204, 0.1372, 0.1356, 0.14, 0.1416, 0.142, 0.1412], "mae": [16.826, 19.1504, 14.8592, 14.1072, 13.5232, 12.8452, 12.212, 11.1764], "mse": [591.0756, 765.1856, 512.3104, 458.5936, 444.7808, 391.2196, 361.7848, 308.3708]}
2343	174	run	37
2344	40	worker	"vm:23989"
2400	40	val_accuracy	0.1252
2401	40	val_mae	10.248
2402	40	val_mse	246.5016
2403	40	test_accuracy	0.1224
2404	40	test_mae	10.0288
2405	40	test_mse	239.0256
2406	40	seconds	69.181
2407	40	device	"cpu"
2408	40	best_epoch	8
2409	40	epochs	8
2410	40	mean_distribution	[0.038974, 0.023406, 0.013163, 0.007552, 0.005925, 0.005952, 0.004643, 0.009318, 0.010437, 0.006439, 0.002801, 0.007054, 0.005251, 0.005582, 0.003779, 0.006736, 0.007191, 0.005803, 0.003525, 0.008789, 0.011482, 0.011735, 0.01511, 0.020366, 0.023483, 0.061092, 0.017956, 0.028576, 0.016101, 0.038934, 0.0153, 0.024347, 0.008906, 0.037207, 0.033738, 0.015778, 0.008042, 0.011907, 0.012348, 0.018957, 0.008951, 0.009914, 0.00567, 0.0057, 0.012074, 0.007419, 0.011456, 0.005998, 0.0074, 0.025654, 0.010097, 0.025649, 0.01129, 0.019483, 0.010625, 0.011625, 0.007499, 0.014771, 0.00463, 0.013244, 0.00643, 0.006968, 0.006648, 0.003072, 0.018649, 0.005319, 0.005076, 0.005893, 0.002694, 0.011088, 0.004599, 0.004394, 0.003308, 0.005312, 0.008111, 0.003963, 0.00352, 0.005457, 0.00273, 0.009973, 0.003534, 0.002382, 0.002753, 0.002914, 0.007721, 0.002298, 0.001537, 0.003347, 0.002785, 0.004688]
2411	40	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1136, 0.1368, 0.1368, 0.1396, 0.1452, 0.1468, 0.134, 0.1252], "mae": [19.4628, 14.2328, 13.906, 13.5728, 11.9816, 10.9608, 11.3356, 10.248], "mse": [752.7204, 450.3368, 433.334, 433.9152, 341.3048, 283.1296, 306.7684, 246.5016]}
2412	178	worker	"vm:23989"
2413	178	val_accuracy	0.1252
2414	178	val_mae	10.248
2415	178	val_mse	246.5016
2416	178	test_accuracy	0.1224
2417	178	test_mae	10.0288
2418	178	test_mse	239.0256
2419	178	seconds	69.181
2420	178	device	"cpu"
2421	178	best_epoch	8
2422	178	epochs	8
2355	39	mean_distribution	[0.024847, 0.016232, 0.00838, 0.01401, 0.010524, 0.006038, 0.004287, 0.015049, 0.009625, 0.007259, 0.002779, 0.005666, 0.00473, 0.005516, 0.007593, 0.011721, 0.008909, 0.007084, 0.005282, 0.013523, 0.014426, 0.016826, 0.012415, 0.027463, 0.026882, 0.077818, 0.026133, 0.026382, 0.020203, 0.02634, 0.018566, 0.023372, 0.008145, 0.023351, 0.026396, 0.01428, 0.010542, 0.017261, 0.010556, 0.017399, 0.008155, 0.008296, 0.005814, 0.005687, 0.014375, 0.012186, 0.008414, 0.007147, 0.009088, 0.017353, 0.006377, 0.009844, 0.011692, 0.016583, 0.008487, 0.0136, 0.006368, 0.018943, 0.00515, 0.01436, 0.006712, 0.005716, 0.007945, 0.004029, 0.012847, 0.005648, 0.005585, 0.006016, 0.002993, 0.008973, 0.004131, 0.006337, 0.004179, 0.005202, 0.008182, 0.004629, 0.003081, 0.004957, 0.004264, 0.008089, 0.004613, 0.003272, 0.002758, 0.002883, 0.008095, 0.003061, 0.002002, 0.004128, 0.003321, 0.004623]
2356	39	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1224, 0.1364, 0.138, 0.1408, 0.142, 0.142, 0.1384, 0.1108], "mae": [15.7792, 14.3704, 14.318, 13.056, 10.8776, 10.6596, 10.0984, 11.6988], "mse": [525.6056, 464.2416, 469.298, 392.3776, 279.6488, 266.7972, 236.416, 324.7804]}
2357	175	device	"cpu"
2358	175	best_epoch	7
2359	175	epochs	8
2360	175	worker	"vm:23990"
2361	175	val_accuracy	0.1384
2362	175	val_mae	10.0984
2363	175	val_mse	236.416
2364	175	test_accuracy	0.1368
2365	175	test_mae	10.0616
2366	175	test_mse	245.964
2367	175	seconds	69.61
2368	175	mean_distribution	[0.024847, 0.016232, 0.00838, 0.01401, 0.010524, 0.006038, 0.004287, 0.015049, 0.009625, 0.007259, 0.002779, 0.005666, 0.00473, 0.005516, 0.007593, 0.011721, 0.008909, 0.007084, 0.005282, 0.013523, 0.014426, 0.016826, 0.012415, 0.027463, 0.026882, 0.077818, 0.026133, 0.026382, 0.020203, 0.02634, 0.018566, 0.023372, 0.008145, 0.023351, 0.026396, 0.01428, 0.010542, 0.017261, 0.010556, 0.017399, 0.008155, 0.008296, 0.005814, 0.005687, 0.014375, 0.012186, 0.008414, 0.007147, 0.009088, 0.017353, 0.006377, 0.009844, 0.011692, 0.016583, 0.008487, 0.0136, 0.006368, 0.018943, 0.00515, 0.01436, 0.006712, 0.005716, 0.007945, 0.004029, 0.012847, 0.005648, 0.005585, 0.006016, 0.002993, 0.008973, 0.004131, 0.006337, 0.004179, 0.005202, 0.008182, 0.004629, 0.003081, 0.004957, 0.004264, 0.008089, 0.004613, 0.003272, 0.002758, 0.002883, 0.008095, 0.003061, 0.002002, 0.004128, 0.003321, 0.004623]
2369	175	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1224, 0.1364, 0.138, 0.1408, 0.142, 0.142, 0.1384, 0.1108], "mae": [15.7792, 14.3704, 14.318, 13.056, 10.8776, 10.6596, 10.0984, 11.6988], "mse": [525.6056, 464.2416, 469.298, 392.3776, 279.6488, 266.7972, 236.416, 324.7804]}
2370	175	run	38
2371	176	device	"cpu"
2372	176	best_epoch	7
2373	176	epochs	8
2374	176	worker	"vm:23990"
2375	176	val_accuracy	0.1384
2376	176	val_mae	10.0984
2377	176	val_mse	236.416
2378	176	test_accuracy	0.1368
2379	176	test_mae	10.0616
2380	176	test_mse	245.964
2381	176	seconds	69.61
2382	176	mean_distribution	[0.024847, 0.016232, 0.00838, 0.01401, 0.010524, 0.006038, 0.004287, 0.015049, 0.009625, 0.007259, 0.002779, 0.005666, 0.00473, 0.005516, 0.007593, 0.011721, 0.008909, 0.007084, 0.005282, 0.013523, 0.014426, 0.016826, 0.012415, 0.027463, 0.026882, 0.077818, 0.026133, 0.026382, 0.020203, 0.02634, 0.018566, 0.023372, 0.008145, 0.023351, 0.026396, 0.01428, 0.010542, 0.017261, 0.010556, 0.017399, 0.008155, 0.008296, 0.005814, 0.005687, 0.014375, 0.012186, 0.008414, 0.007147, 0.009088, 0.017353, 0.006377, 0.009844, 0.011692, 0.016583, 0.008487, 0.0136, 0.006368, 0.018943, 0.00515, 0.01436, 0.006712, 0.005716, 0.007945, 0.004029, 0.012847, 0.005648, 0.005585, 0.006016, 0.002993, 0.008973, 0.004131, 0.006337, 0.004179, 0.005202, 0.008182, 0.004629, 0.003081, 0.004957, 0.004264, 0.008089, 0.004613, 0.003272, 0.002758, 0.002883, 0.008095, 0.003061, 0.002002, 0.004128, 0.003321, 0.004623]
2383	176	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1224, 0.1364, 0.138, 0.1408, 0.142, 0.142, 0.1384, 0.1108], "mae": [15.7792, 14.3704, 14.318, 13.056, 10.8776, 10.6596, 10.0984, 11.6988], "mse": [525.6056, 464.2416, 469.298, 392.3776, 279.6488, 266.7972, 236.416, 324.7804]}
2384	176	run	38
2385	177	device	"cpu"
2386	177	best_epoch	7
2387	177	epochs	8
2388	177	worker	"vm:23990"
2389	177	val_accuracy	0.1384
2390	177	val_mae	10.0984
2391	177	val_mse	236.416
2392	177	test_accuracy	0.1368
2393	177	test_mae	10.0616
2394	177	test_mse	245.964
2395	177	seconds	69.61
2396	177	mean_distribution	[0.024847, 0.016232, 0.00838, 0.01401, 0.010524, 0.006038, 0.004287, 0.015049, 0.009625, 0.007259, 0.002779, 0.005666, 0.00473, 0.005516, 0.007593, 0.011721, 0.008909, 0.007084, 0.005282, 0.013523, 0.014426, 0.016826, 0.012415, 0.027463, 0.026882, 0.077818, 0.026133, 0.026382, 0.020203, 0.02634, 0.018566, 0.023372, 0.008145, 0.023351, 0.026396, 0.01428, 0.010542, 0.017261, 0.010556, 0.017399, 0.008155, 0.008296, 0.005814, 0.005687, 0.014375, 0.012186, 0.008414, 0.007147, 0.009088, 0.017353, 0.006377, 0.009844, 0.011692, 0.016583, 0.008487, 0.0136, 0.006368, 0.018943, 0.00515, 0.01436, 0.006712, 0.005716, 0.007945, 0.004029, 0.012847, 0.005648, 0.005585, 0.006016, 0.002993, 0.008973, 0.004131, 0.006337, 0.004179, 0.005202, 0.008182, 0.004629, 0.003081, 0.004957, 0.004264, 0.008089, 0.004613, 0.003272, 0.002758, 0.002883, 0.008095, 0.003061, 0.002002, 0.004128, 0.003321, 0.004623]
2397	177	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1224, 0.1364, 0.138, 0.1408, 0.142, 0.142, 0.1384, 0.1108], "mae": [15.7792, 14.3704, 14.318, 13.056, 10.8776, 10.6596, 10.0984, 11.6988], "mse": [525.6056, 464.2416, 469.298, 392.3776, 279.6488, 266.7972, 236.416, 324.7804]}
2398	177	run	38
2399	41	worker	"vm:23990"
2455	41	val_accuracy	0.1056
2456	41	val_mae	10.1624
2457	41	val_mse	237.3896
2458	41	test_accuracy	0.1184
2459	41	test_mae	9.6268
2460	41	test_mse	230.306
2461	41	seconds	68.196
2462	41	device	"cpu"
2463	41	best_epoch	8
2464	41	epochs	8
2423	178	mean_distribution	[0.038974, 0.023406, 0.013163, 0.007552, 0.005925, 0.005952, 0.004643, 0.009318, 0.010437, 0.006439, 0.002801, 0.007054, 0.005251, 0.005582, 0.003779, 0.006736, 0.007191, 0.005803, 0.003525, 0.008789, 0.011482, 0.011735, 0.01511, 0.020366, 0.023483, 0.061092, 0.017956, 0.028576, 0.016101, 0.038934, 0.0153, 0.024347, 0.008906, 0.037207, 0.033738, 0.015778, 0.008042, 0.011907, 0.012348, 0.018957, 0.008951, 0.009914, 0.00567, 0.0057, 0.012074, 0.007419, 0.011456, 0.005998, 0.0074, 0.025654, 0.010097, 0.025649, 0.01129, 0.019483, 0.010625, 0.011625, 0.007499, 0.014771, 0.00463, 0.013244, 0.00643, 0.006968, 0.006648, 0.003072, 0.018649, 0.005319, 0.005076, 0.005893, 0.002694, 0.011088, 0.004599, 0.004394, 0.003308, 0.005312, 0.008111, 0.003963, 0.00352, 0.005457, 0.00273, 0.009973, 0.003534, 0.002382, 0.002753, 0.002914, 0.007721, 0.002298, 0.001537, 0.003347, 0.002785, 0.004688]
2424	178	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1136, 0.1368, 0.1368, 0.1396, 0.1452, 0.1468, 0.134, 0.1252], "mae": [19.4628, 14.2328, 13.906, 13.5728, 11.9816, 10.9608, 11.3356, 10.248], "mse": [752.7204, 450.3368, 433.334, 433.9152, 341.3048, 283.1296, 306.7684, 246.5016]}
2425	178	run	39
2426	179	worker	"vm:23989"
2427	179	val_accuracy	0.1252
2428	179	val_mae	10.248
2429	179	val_mse	246.5016
2430	179	test_accuracy	0.1224
2431	179	test_mae	10.0288
2432	179	test_mse	239.0256
2433	179	seconds	69.181
2434	179	device	"cpu"
2435	179	best_epoch	8
2436	179	epochs	8
2437	179	mean_distribution	[0.038974, 0.023406, 0.013163, 0.007552, 0.005925, 0.005952, 0.004643, 0.009318, 0.010437, 0.006439, 0.002801, 0.007054, 0.005251, 0.005582, 0.003779, 0.006736, 0.007191, 0.005803, 0.003525, 0.008789, 0.011482, 0.011735, 0.01511, 0.020366, 0.023483, 0.061092, 0.017956, 0.028576, 0.016101, 0.038934, 0.0153, 0.024347, 0.008906, 0.037207, 0.033738, 0.015778, 0.008042, 0.011907, 0.012348, 0.018957, 0.008951, 0.009914, 0.00567, 0.0057, 0.012074, 0.007419, 0.011456, 0.005998, 0.0074, 0.025654, 0.010097, 0.025649, 0.01129, 0.019483, 0.010625, 0.011625, 0.007499, 0.014771, 0.00463, 0.013244, 0.00643, 0.006968, 0.006648, 0.003072, 0.018649, 0.005319, 0.005076, 0.005893, 0.002694, 0.011088, 0.004599, 0.004394, 0.003308, 0.005312, 0.008111, 0.003963, 0.00352, 0.005457, 0.00273, 0.009973, 0.003534, 0.002382, 0.002753, 0.002914, 0.007721, 0.002298, 0.001537, 0.003347, 0.002785, 0.004688]
2438	179	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1136, 0.1368, 0.1368, 0.1396, 0.1452, 0.1468, 0.134, 0.1252], "mae": [19.4628, 14.2328, 13.906, 13.5728, 11.9816, 10.9608, 11.3356, 10.248], "mse": [752.7204, 450.3368, 433.334, 433.9152, 341.3048, 283.1296, 306.7684, 246.5016]}
2439	179	run	39
2440	180	worker	"vm:23989"
2441	180	val_accuracy	0.1252
2442	180	val_mae	10.248
2443	180	val_mse	246.5016
2444	180	test_accuracy	0.1224
2445	180	test_mae	10.0288
2446	180	test_mse	239.0256
2447	180	seconds	69.181
2448	180	device	"cpu"
2449	180	best_epoch	8
2450	180	epochs	8
2451	180	mean_distribution	[0.038974, 0.023406, 0.013163, 0.007552, 0.005925, 0.005952, 0.004643, 0.009318, 0.010437, 0.006439, 0.002801, 0.007054, 0.005251, 0.005582, 0.003779, 0.006736, 0.007191, 0.005803, 0.003525, 0.008789, 0.011482, 0.011735, 0.01511, 0.020366, 0.023483, 0.061092, 0.017956, 0.028576, 0.016101, 0.038934, 0.0153, 0.024347, 0.008906, 0.037207, 0.033738, 0.015778, 0.008042, 0.011907, 0.012348, 0.018957, 0.008951, 0.009914, 0.00567, 0.0057, 0.012074, 0.007419, 0.011456, 0.005998, 0.0074, 0.025654, 0.010097, 0.025649, 0.01129, 0.019483, 0.010625, 0.011625, 0.007499, 0.014771, 0.00463, 0.013244, 0.00643, 0.006968, 0.006648, 0.003072, 0.018649, 0.005319, 0.005076, 0.005893, 0.002694, 0.011088, 0.004599, 0.004394, 0.003308, 0.005312, 0.008111, 0.003963, 0.00352, 0.005457, 0.00273, 0.009973, 0.003534, 0.002382, 0.002753, 0.002914, 0.007721, 0.002298, 0.001537, 0.003347, 0.002785, 0.004688]
2452	180	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1136, 0.1368, 0.1368, 0.1396, 0.1452, 0.1468, 0.134, 0.1252], "mae": [19.4628, 14.2328, 13.906, 13.5728, 11.9816, 10.9608, 11.3356, 10.248], "mse": [752.7204, 450.3368, 433.334, 433.9152, 341.3048, 283.1296, 306.7684, 246.5016]}
2453	180	run	39
2454	42	worker	"vm:23989"
2509	42	val_accuracy	0.1248
2510	42	val_mae	10.3976
2511	42	val_mse	253.5752
2512	42	test_accuracy	0.1288
2513	42	test_mae	10.0948
2514	42	test_mse	243.9196
2515	42	seconds	69.5
2516	42	device	"cpu"
2517	42	best_epoch	8
2518	42	epochs	8
2519	42	mean_distribution	[0.034097, 0.011877, 0.007932, 0.011488, 0.007801, 0.005024, 0.007437, 0.006047, 0.006119, 0.007409, 0.004797, 0.004957, 0.004639, 0.004968, 0.006719, 0.011613, 0.011083, 0.009793, 0.008394, 0.015189, 0.017519, 0.018674, 0.02608, 0.036785, 0.036979, 0.077329, 0.019458, 0.021037, 0.018807, 0.030933, 0.015054, 0.019879, 0.011078, 0.023263, 0.032353, 0.015838, 0.011176, 0.017313, 0.009096, 0.015265, 0.007768, 0.007973, 0.00726, 0.006511, 0.015398, 0.008359, 0.009091, 0.008446, 0.00794, 0.018398, 0.009134, 0.009913, 0.009513, 0.008929, 0.008498, 0.007886, 0.005443, 0.009595, 0.006288, 0.009777, 0.006311, 0.005924, 0.006138, 0.005578, 0.01294, 0.005408, 0.005554, 0.005887, 0.003923, 0.006296, 0.005822, 0.005852, 0.00364, 0.004795, 0.005721, 0.004642, 0.004168, 0.005659, 0.004024, 0.00566, 0.004401, 0.003547, 0.00405, 0.004614, 0.006404, 0.003699, 0.003114, 0.003884, 0.004329, 0.004594]
2520	42	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1356, 0.1384, 0.1364, 0.142, 0.1356, 0.1392, 0.1248], "mae": [16.4916, 14.7536, 13.2984, 11.1736, 11.5196, 11.3152, 10.7948, 10.3976], "mse": [588.2644, 491.628, 393.9104, 285.5824, 309.1052, 302.2672, 283.2124, 253.5752]}
2521	184	worker	"vm:23989"
2522	184	val_accuracy	0.1248
2523	184	val_mae	10.3976
2524	184	val_mse	253.5752
2525	184	test_accuracy	0.1288
2526	184	test_mae	10.0948
2527	184	test_mse	243.9196
2528	184	seconds	69.5
2529	184	device	"cpu"
2530	184	best_epoch	8
2531	184	epochs	8
2465	41	mean_distribution	[0.017075, 0.01611, 0.013155, 0.017314, 0.011058, 0.006098, 0.005998, 0.010802, 0.010564, 0.008226, 0.003261, 0.007567, 0.004917, 0.008401, 0.006789, 0.011739, 0.007511, 0.009096, 0.005994, 0.010758, 0.011119, 0.01965, 0.012875, 0.019125, 0.024309, 0.047202, 0.018744, 0.021809, 0.017982, 0.051081, 0.016371, 0.026108, 0.011029, 0.021078, 0.031513, 0.017825, 0.009041, 0.021835, 0.011294, 0.018187, 0.008306, 0.008659, 0.008538, 0.005738, 0.021155, 0.010667, 0.010403, 0.009403, 0.008969, 0.020258, 0.00876, 0.012897, 0.010952, 0.016389, 0.010282, 0.012899, 0.006884, 0.010899, 0.004987, 0.010759, 0.006786, 0.00575, 0.008892, 0.004661, 0.014823, 0.00659, 0.006339, 0.006824, 0.003462, 0.006869, 0.004986, 0.004622, 0.004265, 0.005549, 0.006551, 0.004092, 0.004384, 0.005104, 0.004079, 0.007201, 0.003411, 0.003408, 0.002913, 0.003023, 0.008494, 0.003291, 0.003155, 0.004578, 0.00317, 0.004317]
2466	41	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1172, 0.136, 0.14, 0.1416, 0.1408, 0.1456, 0.1272, 0.1056], "mae": [18.1776, 15.1304, 13.9872, 12.2272, 10.614, 11.3688, 10.4172, 10.1624], "mse": [671.7456, 516.5928, 438.6008, 337.3704, 262.4924, 310.916, 264.294, 237.3896]}
2467	181	worker	"vm:23990"
2468	181	val_accuracy	0.1056
2469	181	val_mae	10.1624
2470	181	val_mse	237.3896
2471	181	test_accuracy	0.1184
2472	181	test_mae	9.6268
2473	181	test_mse	230.306
2474	181	seconds	68.196
2475	181	device	"cpu"
2476	181	best_epoch	8
2477	181	epochs	8
2478	181	mean_distribution	[0.017075, 0.01611, 0.013155, 0.017314, 0.011058, 0.006098, 0.005998, 0.010802, 0.010564, 0.008226, 0.003261, 0.007567, 0.004917, 0.008401, 0.006789, 0.011739, 0.007511, 0.009096, 0.005994, 0.010758, 0.011119, 0.01965, 0.012875, 0.019125, 0.024309, 0.047202, 0.018744, 0.021809, 0.017982, 0.051081, 0.016371, 0.026108, 0.011029, 0.021078, 0.031513, 0.017825, 0.009041, 0.021835, 0.011294, 0.018187, 0.008306, 0.008659, 0.008538, 0.005738, 0.021155, 0.010667, 0.010403, 0.009403, 0.008969, 0.020258, 0.00876, 0.012897, 0.010952, 0.016389, 0.010282, 0.012899, 0.006884, 0.010899, 0.004987, 0.010759, 0.006786, 0.00575, 0.008892, 0.004661, 0.014823, 0.00659, 0.006339, 0.006824, 0.003462, 0.006869, 0.004986, 0.004622, 0.004265, 0.005549, 0.006551, 0.004092, 0.004384, 0.005104, 0.004079, 0.007201, 0.003411, 0.003408, 0.002913, 0.003023, 0.008494, 0.003291, 0.003155, 0.004578, 0.00317, 0.004317]
2479	181	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1172, 0.136, 0.14, 0.1416, 0.1408, 0.1456, 0.1272, 0.1056], "mae": [18.1776, 15.1304, 13.9872, 12.2272, 10.614, 11.3688, 10.4172, 10.1624], "mse": [671.7456, 516.5928, 438.6008, 337.3704, 262.4924, 310.916, 264.294, 237.3896]}
2480	181	run	40
2481	182	worker	"vm:23990"
2482	182	val_accuracy	0.1056
2483	182	val_mae	10.1624
2484	182	val_mse	237.3896
2485	182	test_accuracy	0.1184
2486	182	test_mae	9.6268
2487	182	test_mse	230.306
2488	182	seconds	68.196
2489	182	device	"cpu"
2490	182	best_epoch	8
2491	182	epochs	8
2492	182	mean_distribution	[0.017075, 0.01611, 0.013155, 0.017314, 0.011058, 0.006098, 0.005998, 0.010802, 0.010564, 0.008226, 0.003261, 0.007567, 0.004917, 0.008401, 0.006789, 0.011739, 0.007511, 0.009096, 0.005994, 0.010758, 0.011119, 0.01965, 0.012875, 0.019125, 0.024309, 0.047202, 0.018744, 0.021809, 0.017982, 0.051081, 0.016371, 0.026108, 0.011029, 0.021078, 0.031513, 0.017825, 0.009041, 0.021835, 0.011294, 0.018187, 0.008306, 0.008659, 0.008538, 0.005738, 0.021155, 0.010667, 0.010403, 0.009403, 0.008969, 0.020258, 0.00876, 0.012897, 0.010952, 0.016389, 0.010282, 0.012899, 0.006884, 0.010899, 0.004987, 0.010759, 0.006786, 0.00575, 0.008892, 0.004661, 0.014823, 0.00659, 0.006339, 0.006824, 0.003462, 0.006869, 0.004986, 0.004622, 0.004265, 0.005549, 0.006551, 0.004092, 0.004384, 0.005104, 0.004079, 0.007201, 0.003411, 0.003408, 0.002913, 0.003023, 0.008494, 0.003291, 0.003155, 0.004578, 0.00317, 0.004317]
2493	182	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1172, 0.136, 0.14, 0.1416, 0.1408, 0.1456, 0.1272, 0.1056], "mae": [18.1776, 15.1304, 13.9872, 12.2272, 10.614, 11.3688, 10.4172, 10.1624], "mse": [671.7456, 516.5928, 438.6008, 337.3704, 262.4924, 310.916, 264.294, 237.3896]}
2494	182	run	40
2495	183	worker	"vm:23990"
2496	183	val_accuracy	0.1056
2497	183	val_mae	10.1624
2498	183	val_mse	237.3896
2499	183	test_accuracy	0.1184
2500	183	test_mae	9.6268
2501	183	test_mse	230.306
2502	183	seconds	68.196
2503	183	device	"cpu"
2504	183	best_epoch	8
2505	183	epochs	8
2506	183	mean_distribution	[0.017075, 0.01611, 0.013155, 0.017314, 0.011058, 0.006098, 0.005998, 0.010802, 0.010564, 0.008226, 0.003261, 0.007567, 0.004917, 0.008401, 0.006789, 0.011739, 0.007511, 0.009096, 0.005994, 0.010758, 0.011119, 0.01965, 0.012875, 0.019125, 0.024309, 0.047202, 0.018744, 0.021809, 0.017982, 0.051081, 0.016371, 0.026108, 0.011029, 0.021078, 0.031513, 0.017825, 0.009041, 0.021835, 0.011294, 0.018187, 0.008306, 0.008659, 0.008538, 0.005738, 0.021155, 0.010667, 0.010403, 0.009403, 0.008969, 0.020258, 0.00876, 0.012897, 0.010952, 0.016389, 0.010282, 0.012899, 0.006884, 0.010899, 0.004987, 0.010759, 0.006786, 0.00575, 0.008892, 0.004661, 0.014823, 0.00659, 0.006339, 0.006824, 0.003462, 0.006869, 0.004986, 0.004622, 0.004265, 0.005549, 0.006551, 0.004092, 0.004384, 0.005104, 0.004079, 0.007201, 0.003411, 0.003408, 0.002913, 0.003023, 0.008494, 0.003291, 0.003155, 0.004578, 0.00317, 0.004317]
2507	183	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1172, 0.136, 0.14, 0.1416, 0.1408, 0.1456, 0.1272, 0.1056], "mae": [18.1776, 15.1304, 13.9872, 12.2272, 10.614, 11.3688, 10.4172, 10.1624], "mse": [671.7456, 516.5928, 438.6008, 337.3704, 262.4924, 310.916, 264.294, 237.3896]}
2508	183	run	40
2532	184	mean_distribution	[0.034097, 0.011877, 0.007932, 0.011488, 0.007801, 0.005024, 0.007437, 0.006047, 0.006119, 0.007409, 0.004797, 0.004957, 0.004639, 0.004968, 0.006719, 0.011613, 0.011083, 0.009793, 0.008394, 0.015189, 0.017519, 0.018674, 0.02608, 0.036785, 0.036979, 0.077329, 0.019458, 0.021037, 0.018807, 0.030933, 0.015054, 0.019879, 0.011078, 0.023263, 0.032353, 0.015838, 0.011176, 0.017313, 0.009096, 0.015265, 0.007768, 0.007973, 0.00726, 0.006511, 0.015398, 0.008359, 0.009091, 0.008446, 0.00794, 0.018398, 0.009134, 0.009913, 0.009513, 0.008929, 0.008498, 0.007886, 0.005443, 0.009595, 0.006288, 0.009777, 0.006311, 0.005924, 0.006138, 0.005578, 0.01294, 0.005408, 0.005554, 0.005887, 0.003923, 0.006296, 0.005822, 0.005852, 0.00364, 0.004795, 0.005721, 0.004642, 0.004168, 0.005659, 0.004024, 0.00566, 0.004401, 0.003547, 0.00405, 0.004614, 0.006404, 0.003699, 0.003114, 0.003884, 0.004329, 0.004594]
2533	184	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1356, 0.1384, 0.1364, 0.142, 0.1356, 0.1392, 0.1248], "mae": [16.4916, 14.7536, 13.2984, 11.1736, 11.5196, 11.3152, 10.7948, 10.3976], "mse": [588.2644, 491.628, 393.9104, 285.5824, 309.1052, 302.2672, 283.2124, 253.5752]}
2534	184	run	41
2535	185	n	6
2536	185	seeds	[0, 1, 2, 3, 4, 5]
2537	185	val_accuracy_mean	0.12853333333333333
2538	185	val_accuracy_std	0.013149397958335076
2539	185	val_mae_mean	10.469933333333334
2540	185	val_mae_std	0.4141046373402097
2541	185	val_mse_mean	259.4632666666667
2542	185	val_mse_std	27.712604335692927
2543	185	test_accuracy_mean	0.13046666666666665
2544	185	test_accuracy_std	0.008845036272772803
2545	185	test_mae_mean	10.179533333333334
2546	185	test_mae_std	0.4082734312524719
2547	185	test_mse_mean	256.4114
2548	185	test_mse_std	28.144896389079136
2549	186	worker	"vm:23989"
2550	186	val_accuracy	0.1248
2551	186	val_mae	10.3976
2552	186	val_mse	253.5752
2553	186	test_accuracy	0.1288
2554	186	test_mae	10.0948
2555	186	test_mse	243.9196
2556	186	seconds	69.5
2557	186	device	"cpu"
2558	186	best_epoch	8
2559	186	epochs	8
2560	186	mean_distribution	[0.034097, 0.011877, 0.007932, 0.011488, 0.007801, 0.005024, 0.007437, 0.006047, 0.006119, 0.007409, 0.004797, 0.004957, 0.004639, 0.004968, 0.006719, 0.011613, 0.011083, 0.009793, 0.008394, 0.015189, 0.017519, 0.018674, 0.02608, 0.036785, 0.036979, 0.077329, 0.019458, 0.021037, 0.018807, 0.030933, 0.015054, 0.019879, 0.011078, 0.023263, 0.032353, 0.015838, 0.011176, 0.017313, 0.009096, 0.015265, 0.007768, 0.007973, 0.00726, 0.006511, 0.015398, 0.008359, 0.009091, 0.008446, 0.00794, 0.018398, 0.009134, 0.009913, 0.009513, 0.008929, 0.008498, 0.007886, 0.005443, 0.009595, 0.006288, 0.009777, 0.006311, 0.005924, 0.006138, 0.005578, 0.01294, 0.005408, 0.005554, 0.005887, 0.003923, 0.006296, 0.005822, 0.005852, 0.00364, 0.004795, 0.005721, 0.004642, 0.004168, 0.005659, 0.004024, 0.00566, 0.004401, 0.003547, 0.00405, 0.004614, 0.006404, 0.003699, 0.003114, 0.003884, 0.004329, 0.004594]
2561	186	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1356, 0.1384, 0.1364, 0.142, 0.1356, 0.1392, 0.1248], "mae": [16.4916, 14.7536, 13.2984, 11.1736, 11.5196, 11.3152, 10.7948, 10.3976], "mse": [588.2644, 491.628, 393.9104, 285.5824, 309.1052, 302.2672, 283.2124, 253.5752]}
2562	186	run	41
2563	187	n	6
2564	187	seeds	[0, 1, 2, 3, 4, 5]
2565	187	val_accuracy_mean	0.12853333333333333
2566	187	val_accuracy_std	0.013149397958335076
2567	187	val_mae_mean	10.469933333333334
2568	187	val_mae_std	0.4141046373402097
2569	187	val_mse_mean	259.4632666666667
2570	187	val_mse_std	27.712604335692927
2571	187	test_accuracy_mean	0.13046666666666665
2572	187	test_accuracy_std	0.008845036272772803
2573	187	test_mae_mean	10.179533333333334
2574	187	test_mae_std	0.4082734312524719
2575	187	test_mse_mean	256.4114
2576	187	test_mse_std	28.144896389079136
2577	188	worker	"vm:23989"
2578	188	val_accuracy	0.1248
2579	188	val_mae	10.3976
2580	188	val_mse	253.5752
2581	188	test_accuracy	0.1288
2582	188	test_mae	10.0948
2583	188	test_mse	243.9196
2584	188	seconds	69.5
2585	188	device	"cpu"
2586	188	best_epoch	8
2587	188	epochs	8
2588	188	mean_distribution	[0.034097, 0.011877, 0.007932, 0.011488, 0.007801, 0.005024, 0.007437, 0.006047, 0.006119, 0.007409, 0.004797, 0.004957, 0.004639, 0.004968, 0.006719, 0.011613, 0.011083, 0.009793, 0.008394, 0.015189, 0.017519, 0.018674, 0.02608, 0.036785, 0.036979, 0.077329, 0.019458, 0.021037, 0.018807, 0.030933, 0.015054, 0.019879, 0.011078, 0.023263, 0.032353, 0.015838, 0.011176, 0.017313, 0.009096, 0.015265, 0.007768, 0.007973, 0.00726, 0.006511, 0.015398, 0.008359, 0.009091, 0.008446, 0.00794, 0.018398, 0.009134, 0.009913, 0.009513, 0.008929, 0.008498, 0.007886, 0.005443, 0.009595, 0.006288, 0.009777, 0.006311, 0.005924, 0.006138, 0.005578, 0.01294, 0.005408, 0.005554, 0.005887, 0.003923, 0.006296, 0.005822, 0.005852, 0.00364, 0.004795, 0.005721, 0.004642, 0.004168, 0.005659, 0.004024, 0.00566, 0.004401, 0.003547, 0.00405, 0.004614, 0.006404, 0.003699, 0.003114, 0.003884, 0.004329, 0.004594]
2589	188	curves	{"epoch": [1, 2, 3, 4, 5, 6, 7, 8], "accuracy": [0.1268, 0.1356, 0.1384, 0.1364, 0.142, 0.1356, 0.1392, 0.1248], "mae": [16.4916, 14.7536, 13.2984, 11.1736, 11.5196, 11.3152, 10.7948, 10.3976], "mse": [588.2644, 491.628, 393.9104, 285.5824, 309.1052, 302.2672, 283.2124, 253.5752]}
2590	188	run	41
2591	189	n	6
2592	189	seeds	[0, 1, 2, 3, 4, 5]
2593	189	val_accuracy_mean	0.12853333333333333
2594	189	val_accuracy_std	0.013149397958335076
2595	189	val_mae_mean	10.469933333333334
2596	189	val_mae_std	0.4141046373402097
2597	189	val_mse_mean	259.4632666666667
2598	189	val_mse_std	27.712604335692927
2599	189	test_accuracy_mean	0.13046666666666665
2600	189	test_accuracy_std	0.008845036272772803
2601	189	test_mae_mean	10.179533333333334
2602	189	test_mae_std	0.4082734312524719
2603	189	test_mse_mean	256.4114
2604	189	test_mse_std	28.144896389079136
\.


--
-- Data for Name: trial_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_values (trial_value_id, trial_id, objective, value, value_type) FROM stdin;
1	2	0	0.1452	FINITE
2	43	0	0.1452	FINITE
3	44	0	10.5064	FINITE
4	45	0	255.4208	FINITE
5	1	0	0.1308	FINITE
6	46	0	0.1308	FINITE
7	47	0	10.4256	FINITE
8	48	0	253.0376	FINITE
9	3	0	0.1396	FINITE
10	49	0	0.1396	FINITE
11	50	0	10.1648	FINITE
12	51	0	241.7568	FINITE
13	4	0	0.1272	FINITE
14	52	0	0.1272	FINITE
15	53	0	10.058	FINITE
16	54	0	237.8796	FINITE
17	5	0	0.106	FINITE
18	55	0	0.106	FINITE
19	56	0	9.6848	FINITE
20	57	0	216.8104	FINITE
21	6	0	0.1248	FINITE
22	58	0	0.1248	FINITE
23	59	0	0.12893333333333332	FINITE
24	60	0	9.6988	FINITE
25	61	0	10.089733333333333	FINITE
26	62	0	223.4148	FINITE
27	63	0	238.0533333333333	FINITE
28	7	0	0.1072	FINITE
29	64	0	0.1072	FINITE
30	65	0	9.594	FINITE
31	66	0	213.3028	FINITE
32	8	0	0.1272	FINITE
33	67	0	0.1272	FINITE
34	68	0	10.5784	FINITE
35	69	0	251.892	FINITE
36	9	0	0.1368	FINITE
37	70	0	0.1368	FINITE
38	71	0	9.458	FINITE
39	72	0	207.574	FINITE
40	10	0	0.14	FINITE
41	73	0	0.14	FINITE
42	74	0	9.192	FINITE
43	75	0	202.3288	FINITE
44	11	0	0.1076	FINITE
45	76	0	0.1076	FINITE
46	77	0	9.6488	FINITE
47	78	0	217.0472	FINITE
48	12	0	0.1296	FINITE
49	79	0	0.1296	FINITE
50	80	0	0.12473333333333335	FINITE
51	81	0	9.3756	FINITE
52	82	0	9.641133333333334	FINITE
53	83	0	196.0748	FINITE
54	84	0	214.70326666666665	FINITE
55	13	0	0.15	FINITE
56	85	0	0.15	FINITE
57	86	0	9.578	FINITE
58	87	0	221.5916	FINITE
59	14	0	0.0688	FINITE
60	88	0	0.0688	FINITE
61	89	0	10.0336	FINITE
62	90	0	234.104	FINITE
63	15	0	0.0608	FINITE
64	91	0	0.0608	FINITE
65	92	0	9.1352	FINITE
66	93	0	189.356	FINITE
67	16	0	0.116	FINITE
68	94	0	0.116	FINITE
69	95	0	9.1644	FINITE
70	96	0	200.3796	FINITE
71	17	0	0.1012	FINITE
72	97	0	0.1012	FINITE
73	98	0	9.4224	FINITE
74	99	0	192.6968	FINITE
75	18	0	0.1384	FINITE
76	100	0	0.1384	FINITE
77	101	0	0.10586666666666666	FINITE
78	102	0	9.446	FINITE
79	103	0	9.463266666666668	FINITE
80	104	0	203.058	FINITE
81	105	0	206.86433333333332	FINITE
82	19	0	0.114	FINITE
83	106	0	0.114	FINITE
84	107	0	9.3636	FINITE
85	108	0	209.7036	FINITE
86	20	0	0.142	FINITE
87	109	0	0.142	FINITE
88	110	0	9.3536	FINITE
89	111	0	211.62	FINITE
90	21	0	0.1096	FINITE
91	112	0	0.1096	FINITE
92	113	0	9.0752	FINITE
93	114	0	178.976	FINITE
94	22	0	0.1324	FINITE
95	115	0	0.1324	FINITE
96	116	0	9.0408	FINITE
97	117	0	183.196	FINITE
98	23	0	0.0872	FINITE
99	118	0	0.0872	FINITE
100	119	0	9.286	FINITE
101	120	0	192.722	FINITE
102	24	0	0.106	FINITE
103	121	0	0.106	FINITE
104	122	0	0.11520000000000001	FINITE
105	123	0	9.0212	FINITE
106	124	0	9.190066666666667	FINITE
107	125	0	185.2188	FINITE
108	126	0	193.57273333333333	FINITE
109	25	0	0.104	FINITE
110	127	0	0.104	FINITE
111	128	0	8.5396	FINITE
112	129	0	172.4756	FINITE
113	26	0	0.0876	FINITE
114	130	0	0.0876	FINITE
115	131	0	8.648	FINITE
116	132	0	167.3968	FINITE
117	27	0	0.0948	FINITE
118	133	0	0.0948	FINITE
119	134	0	8.456	FINITE
120	135	0	161.4264	FINITE
121	28	0	0.0992	FINITE
122	136	0	0.0992	FINITE
123	137	0	8.6648	FINITE
124	138	0	162.2432	FINITE
125	29	0	0.1068	FINITE
126	139	0	0.1068	FINITE
127	140	0	8.706	FINITE
128	141	0	182.1124	FINITE
129	30	0	0.078	FINITE
130	142	0	0.078	FINITE
131	143	0	0.09506666666666667	FINITE
132	144	0	8.3856	FINITE
133	145	0	8.566666666666666	FINITE
134	146	0	147.6552	FINITE
135	147	0	165.5516	FINITE
136	31	0	0.138	FINITE
137	148	0	0.138	FINITE
138	149	0	10.5412	FINITE
139	150	0	263.8244	FINITE
140	32	0	0.1276	FINITE
141	151	0	0.1276	FINITE
142	152	0	11.3576	FINITE
143	153	0	305.8704	FINITE
144	33	0	0.1368	FINITE
145	154	0	0.1368	FINITE
146	155	0	10.274	FINITE
147	156	0	244.018	FINITE
148	34	0	0.1328	FINITE
149	157	0	0.1328	FINITE
150	158	0	10.4812	FINITE
151	159	0	270.0508	FINITE
152	35	0	0.1252	FINITE
153	160	0	0.1252	FINITE
154	161	0	9.932	FINITE
155	162	0	234.5744	FINITE
156	36	0	0.1144	FINITE
157	163	0	0.1144	FINITE
158	164	0	0.12913333333333335	FINITE
159	165	0	9.9268	FINITE
160	166	0	10.4188	FINITE
161	167	0	230.8708	FINITE
162	168	0	258.2014666666667	FINITE
163	37	0	0.136	FINITE
164	169	0	0.136	FINITE
165	170	0	10.7368	FINITE
166	171	0	274.5264	FINITE
167	38	0	0.1412	FINITE
168	172	0	0.1412	FINITE
169	173	0	11.1764	FINITE
170	174	0	308.3708	FINITE
171	39	0	0.1384	FINITE
172	175	0	0.1384	FINITE
173	176	0	10.0984	FINITE
174	177	0	236.416	FINITE
175	40	0	0.1252	FINITE
176	178	0	0.1252	FINITE
177	179	0	10.248	FINITE
178	180	0	246.5016	FINITE
179	41	0	0.1056	FINITE
180	181	0	0.1056	FINITE
181	182	0	10.1624	FINITE
182	183	0	237.3896	FINITE
183	42	0	0.1248	FINITE
184	184	0	0.1248	FINITE
185	185	0	0.12853333333333333	FINITE
186	186	0	10.3976	FINITE
187	187	0	10.469933333333334	FINITE
188	188	0	253.5752	FINITE
189	189	0	259.4632666666667	FINITE
\.


--
-- Data for Name: trials; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trials (trial_id, number, study_id, state, datetime_start, datetime_complete) FROM stdin;
2	1	1	COMPLETE	2026-12-05 10:23:36.994623	2026-12-05 10:25:17.381442
43	0	2	COMPLETE	2026-12-05 10:25:17.416619	2026-12-05 10:25:17.416619
68	7	4	COMPLETE	2026-12-05 10:29:50.172762	2026-12-05 10:29:50.172762
44	0	4	COMPLETE	2026-12-05 10:25:17.580939	2026-12-05 10:25:17.580939
13	12	1	COMPLETE	2026-12-05 10:32:41.293692	2026-12-05 10:34:22.901536
69	7	6	COMPLETE	2026-12-05 10:29:50.280124	2026-12-05 10:29:50.280124
9	8	1	COMPLETE	2026-12-05 10:29:47.887931	2026-12-05 10:31:11.773552
45	0	6	COMPLETE	2026-12-05 10:25:17.618124	2026-12-05 10:25:17.618124
96	15	6	COMPLETE	2026-12-05 10:35:59.229592	2026-12-05 10:35:59.229592
70	8	2	COMPLETE	2026-12-05 10:31:11.817294	2026-12-05 10:31:11.817294
1	0	1	COMPLETE	2026-12-05 10:23:36.880707	2026-12-05 10:25:20.385403
85	12	2	COMPLETE	2026-12-05 10:34:22.937269	2026-12-05 10:34:22.937269
46	1	2	COMPLETE	2026-12-05 10:25:20.531703	2026-12-05 10:25:20.531703
86	12	4	COMPLETE	2026-12-05 10:34:22.97469	2026-12-05 10:34:22.97469
17	16	1	COMPLETE	2026-12-05 10:35:50.872066	2026-12-05 10:37:21.611655
47	1	4	COMPLETE	2026-12-05 10:25:20.574085	2026-12-05 10:25:20.574085
103	2	5	COMPLETE	2026-12-05 10:37:27.941978	2026-12-05 10:37:27.941978
97	16	2	COMPLETE	2026-12-05 10:37:21.655328	2026-12-05 10:37:21.655328
71	8	4	COMPLETE	2026-12-05 10:31:11.859548	2026-12-05 10:31:11.859548
48	1	6	COMPLETE	2026-12-05 10:25:20.610815	2026-12-05 10:25:20.610815
107	18	4	COMPLETE	2026-12-05 10:38:52.443235	2026-12-05 10:38:52.443235
3	2	1	COMPLETE	2026-12-05 10:25:17.670947	2026-12-05 10:26:32.311597
22	21	1	COMPLETE	2026-12-05 10:39:02.140724	2026-12-05 10:40:28.667051
116	21	4	COMPLETE	2026-12-05 10:40:28.759133	2026-12-05 10:40:28.759133
49	2	2	COMPLETE	2026-12-05 10:26:32.400367	2026-12-05 10:26:32.400367
42	41	1	COMPLETE	2026-12-05 10:52:18.212871	2026-12-05 10:53:27.77187
24	23	1	COMPLETE	2026-12-05 10:40:28.845735	2026-12-05 10:41:45.531854
72	8	6	COMPLETE	2026-12-05 10:31:11.898805	2026-12-05 10:31:11.898805
25	24	1	COMPLETE	2026-12-05 10:41:40.041915	2026-12-05 10:43:02.185683
50	2	4	COMPLETE	2026-12-05 10:26:32.544673	2026-12-05 10:26:32.544673
26	25	1	COMPLETE	2026-12-05 10:41:45.775011	2026-12-05 10:43:11.955736
27	26	1	COMPLETE	2026-12-05 10:43:02.672929	2026-12-05 10:44:28.005226
87	12	6	COMPLETE	2026-12-05 10:34:23.013031	2026-12-05 10:34:23.013031
28	27	1	COMPLETE	2026-12-05 10:43:12.433437	2026-12-05 10:44:36.599104
51	2	6	COMPLETE	2026-12-05 10:26:32.69683	2026-12-05 10:26:32.69683
29	28	1	COMPLETE	2026-12-05 10:44:28.214707	2026-12-05 10:45:51.58903
10	9	1	COMPLETE	2026-12-05 10:29:50.500589	2026-12-05 10:31:14.074169
30	29	1	COMPLETE	2026-12-05 10:44:36.861065	2026-12-05 10:46:04.046458
4	3	1	COMPLETE	2026-12-05 10:25:20.671311	2026-12-05 10:26:36.86223
31	30	1	COMPLETE	2026-12-05 10:45:51.930797	2026-12-05 10:47:23.461856
32	31	1	COMPLETE	2026-12-05 10:46:04.441978	2026-12-05 10:47:34.401204
33	32	1	COMPLETE	2026-12-05 10:47:23.715095	2026-12-05 10:48:32.351
52	3	2	COMPLETE	2026-12-05 10:26:36.893993	2026-12-05 10:26:36.893993
34	33	1	COMPLETE	2026-12-05 10:47:34.623866	2026-12-05 10:48:41.24058
35	34	1	COMPLETE	2026-12-05 10:48:32.767779	2026-12-05 10:49:45.673312
104	17	6	COMPLETE	2026-12-05 10:37:27.96611	2026-12-05 10:37:27.96611
36	35	1	COMPLETE	2026-12-05 10:48:41.438107	2026-12-05 10:49:54.851426
53	3	4	COMPLETE	2026-12-05 10:26:36.935469	2026-12-05 10:26:36.935469
37	36	1	COMPLETE	2026-12-05 10:49:45.852679	2026-12-05 10:50:55.511059
38	37	1	COMPLETE	2026-12-05 10:49:55.241948	2026-12-05 10:51:08.575999
73	9	2	COMPLETE	2026-12-05 10:31:14.115613	2026-12-05 10:31:14.115613
39	38	1	COMPLETE	2026-12-05 10:50:55.700573	2026-12-05 10:52:05.370034
54	3	6	COMPLETE	2026-12-05 10:26:37.05946	2026-12-05 10:26:37.05946
40	39	1	COMPLETE	2026-12-05 10:51:08.771872	2026-12-05 10:52:18.008014
41	40	1	COMPLETE	2026-12-05 10:52:05.585372	2026-12-05 10:53:13.839336
14	13	1	COMPLETE	2026-12-05 10:32:46.328779	2026-12-05 10:34:27.361207
74	9	4	COMPLETE	2026-12-05 10:31:14.154396	2026-12-05 10:31:14.154396
5	4	1	COMPLETE	2026-12-05 10:26:32.908611	2026-12-05 10:28:03.126627
55	4	2	COMPLETE	2026-12-05 10:28:03.156097	2026-12-05 10:28:03.156097
56	4	4	COMPLETE	2026-12-05 10:28:03.196827	2026-12-05 10:28:03.196827
75	9	6	COMPLETE	2026-12-05 10:31:14.191679	2026-12-05 10:31:14.191679
57	4	6	COMPLETE	2026-12-05 10:28:03.290908	2026-12-05 10:28:03.290908
98	16	4	COMPLETE	2026-12-05 10:37:21.703179	2026-12-05 10:37:21.703179
6	5	1	COMPLETE	2026-12-05 10:26:37.236455	2026-12-05 10:28:04.35588
11	10	1	COMPLETE	2026-12-05 10:31:11.956429	2026-12-05 10:32:41.06175
58	5	2	COMPLETE	2026-12-05 10:28:04.490609	2026-12-05 10:28:04.490609
59	0	3	COMPLETE	2026-12-05 10:28:04.664621	2026-12-05 10:28:04.664621
88	13	2	COMPLETE	2026-12-05 10:34:27.400637	2026-12-05 10:34:27.400637
60	5	4	COMPLETE	2026-12-05 10:28:04.691739	2026-12-05 10:28:04.691739
76	10	2	COMPLETE	2026-12-05 10:32:41.101388	2026-12-05 10:32:41.101388
61	0	5	COMPLETE	2026-12-05 10:28:04.726646	2026-12-05 10:28:04.726646
62	5	6	COMPLETE	2026-12-05 10:28:04.750823	2026-12-05 10:28:04.750823
63	0	7	COMPLETE	2026-12-05 10:28:04.898799	2026-12-05 10:28:04.898799
77	10	4	COMPLETE	2026-12-05 10:32:41.143938	2026-12-05 10:32:41.143938
7	6	1	COMPLETE	2026-12-05 10:28:03.476541	2026-12-05 10:29:47.296538
64	6	2	COMPLETE	2026-12-05 10:29:47.420434	2026-12-05 10:29:47.420434
65	6	4	COMPLETE	2026-12-05 10:29:47.561032	2026-12-05 10:29:47.561032
78	10	6	COMPLETE	2026-12-05 10:32:41.235932	2026-12-05 10:32:41.235932
66	6	6	COMPLETE	2026-12-05 10:29:47.696719	2026-12-05 10:29:47.696719
89	13	4	COMPLETE	2026-12-05 10:34:27.439267	2026-12-05 10:34:27.439267
8	7	1	COMPLETE	2026-12-05 10:28:05.026718	2026-12-05 10:29:49.931938
67	7	2	COMPLETE	2026-12-05 10:29:50.043952	2026-12-05 10:29:50.043952
12	11	1	COMPLETE	2026-12-05 10:31:14.245695	2026-12-05 10:32:45.764541
99	16	6	COMPLETE	2026-12-05 10:37:21.745016	2026-12-05 10:37:21.745016
79	11	2	COMPLETE	2026-12-05 10:32:45.858427	2026-12-05 10:32:45.858427
90	13	6	COMPLETE	2026-12-05 10:34:27.475908	2026-12-05 10:34:27.475908
80	1	3	COMPLETE	2026-12-05 10:32:46.064938	2026-12-05 10:32:46.064938
111	19	6	COMPLETE	2026-12-05 10:39:02.015979	2026-12-05 10:39:02.015979
81	11	4	COMPLETE	2026-12-05 10:32:46.128775	2026-12-05 10:32:46.128775
15	14	1	COMPLETE	2026-12-05 10:34:23.066494	2026-12-05 10:35:50.476912
82	1	5	COMPLETE	2026-12-05 10:32:46.22324	2026-12-05 10:32:46.22324
83	11	6	COMPLETE	2026-12-05 10:32:46.254489	2026-12-05 10:32:46.254489
18	17	1	COMPLETE	2026-12-05 10:35:59.295963	2026-12-05 10:37:27.801496
84	1	7	COMPLETE	2026-12-05 10:32:46.289401	2026-12-05 10:32:46.289401
91	14	2	COMPLETE	2026-12-05 10:35:50.58441	2026-12-05 10:35:50.58441
92	14	4	COMPLETE	2026-12-05 10:35:50.69621	2026-12-05 10:35:50.69621
108	18	6	COMPLETE	2026-12-05 10:38:52.515242	2026-12-05 10:38:52.515242
93	14	6	COMPLETE	2026-12-05 10:35:50.812282	2026-12-05 10:35:50.812282
113	20	4	COMPLETE	2026-12-05 10:40:22.526402	2026-12-05 10:40:22.526402
16	15	1	COMPLETE	2026-12-05 10:34:27.53319	2026-12-05 10:35:59.079924
105	2	7	COMPLETE	2026-12-05 10:37:28.004109	2026-12-05 10:37:28.004109
94	15	2	COMPLETE	2026-12-05 10:35:59.137972	2026-12-05 10:35:59.137972
95	15	4	COMPLETE	2026-12-05 10:35:59.179735	2026-12-05 10:35:59.179735
100	17	2	COMPLETE	2026-12-05 10:37:27.84441	2026-12-05 10:37:27.84441
20	19	1	COMPLETE	2026-12-05 10:37:28.043994	2026-12-05 10:39:01.676683
101	2	3	COMPLETE	2026-12-05 10:37:27.882011	2026-12-05 10:37:27.882011
102	17	4	COMPLETE	2026-12-05 10:37:27.905941	2026-12-05 10:37:27.905941
19	18	1	COMPLETE	2026-12-05 10:37:21.808206	2026-12-05 10:38:52.16642
21	20	1	COMPLETE	2026-12-05 10:38:52.608888	2026-12-05 10:40:22.393395
106	18	2	COMPLETE	2026-12-05 10:38:52.316649	2026-12-05 10:38:52.316649
109	19	2	COMPLETE	2026-12-05 10:39:01.784708	2026-12-05 10:39:01.784708
110	19	4	COMPLETE	2026-12-05 10:39:01.909972	2026-12-05 10:39:01.909972
112	20	2	COMPLETE	2026-12-05 10:40:22.478051	2026-12-05 10:40:22.478051
114	20	6	COMPLETE	2026-12-05 10:40:22.566772	2026-12-05 10:40:22.566772
118	22	2	COMPLETE	2026-12-05 10:41:39.912298	2026-12-05 10:41:39.912298
115	21	2	COMPLETE	2026-12-05 10:40:28.708331	2026-12-05 10:40:28.708331
23	22	1	COMPLETE	2026-12-05 10:40:22.633473	2026-12-05 10:41:39.869135
117	21	6	COMPLETE	2026-12-05 10:40:28.795959	2026-12-05 10:40:28.795959
119	22	4	COMPLETE	2026-12-05 10:41:39.950222	2026-12-05 10:41:39.950222
121	23	2	COMPLETE	2026-12-05 10:41:45.584521	2026-12-05 10:41:45.584521
120	22	6	COMPLETE	2026-12-05 10:41:39.992585	2026-12-05 10:41:39.992585
122	3	3	COMPLETE	2026-12-05 10:41:45.626359	2026-12-05 10:41:45.626359
123	23	4	COMPLETE	2026-12-05 10:41:45.648798	2026-12-05 10:41:45.648798
124	3	5	COMPLETE	2026-12-05 10:41:45.682785	2026-12-05 10:41:45.682785
125	23	6	COMPLETE	2026-12-05 10:41:45.705673	2026-12-05 10:41:45.705673
126	3	7	COMPLETE	2026-12-05 10:41:45.740079	2026-12-05 10:41:45.740079
166	5	5	COMPLETE	2026-12-05 10:49:55.148183	2026-12-05 10:49:55.148183
127	24	2	COMPLETE	2026-12-05 10:43:02.279655	2026-12-05 10:43:02.279655
128	24	4	COMPLETE	2026-12-05 10:43:02.409402	2026-12-05 10:43:02.409402
129	24	6	COMPLETE	2026-12-05 10:43:02.536701	2026-12-05 10:43:02.536701
167	35	6	COMPLETE	2026-12-05 10:49:55.171097	2026-12-05 10:49:55.171097
130	25	2	COMPLETE	2026-12-05 10:43:12.078642	2026-12-05 10:43:12.078642
131	25	4	COMPLETE	2026-12-05 10:43:12.189663	2026-12-05 10:43:12.189663
132	25	6	COMPLETE	2026-12-05 10:43:12.284699	2026-12-05 10:43:12.284699
168	5	7	COMPLETE	2026-12-05 10:49:55.206532	2026-12-05 10:49:55.206532
133	26	2	COMPLETE	2026-12-05 10:44:28.057705	2026-12-05 10:44:28.057705
134	26	4	COMPLETE	2026-12-05 10:44:28.099311	2026-12-05 10:44:28.099311
135	26	6	COMPLETE	2026-12-05 10:44:28.139785	2026-12-05 10:44:28.139785
169	36	2	COMPLETE	2026-12-05 10:50:55.571427	2026-12-05 10:50:55.571427
136	27	2	COMPLETE	2026-12-05 10:44:36.679473	2026-12-05 10:44:36.679473
137	27	4	COMPLETE	2026-12-05 10:44:36.730355	2026-12-05 10:44:36.730355
138	27	6	COMPLETE	2026-12-05 10:44:36.770401	2026-12-05 10:44:36.770401
170	36	4	COMPLETE	2026-12-05 10:50:55.61231	2026-12-05 10:50:55.61231
139	28	2	COMPLETE	2026-12-05 10:45:51.718011	2026-12-05 10:45:51.718011
140	28	4	COMPLETE	2026-12-05 10:45:51.756894	2026-12-05 10:45:51.756894
141	28	6	COMPLETE	2026-12-05 10:45:51.794614	2026-12-05 10:45:51.794614
171	36	6	COMPLETE	2026-12-05 10:50:55.650568	2026-12-05 10:50:55.650568
142	29	2	COMPLETE	2026-12-05 10:46:04.112665	2026-12-05 10:46:04.112665
143	4	3	COMPLETE	2026-12-05 10:46:04.159336	2026-12-05 10:46:04.159336
144	29	4	COMPLETE	2026-12-05 10:46:04.184745	2026-12-05 10:46:04.184745
172	37	2	COMPLETE	2026-12-05 10:51:08.640816	2026-12-05 10:51:08.640816
145	4	5	COMPLETE	2026-12-05 10:46:04.234599	2026-12-05 10:46:04.234599
146	29	6	COMPLETE	2026-12-05 10:46:04.30087	2026-12-05 10:46:04.30087
147	4	7	COMPLETE	2026-12-05 10:46:04.405156	2026-12-05 10:46:04.405156
173	37	4	COMPLETE	2026-12-05 10:51:08.680896	2026-12-05 10:51:08.680896
148	30	2	COMPLETE	2026-12-05 10:47:23.552035	2026-12-05 10:47:23.552035
149	30	4	COMPLETE	2026-12-05 10:47:23.605688	2026-12-05 10:47:23.605688
150	30	6	COMPLETE	2026-12-05 10:47:23.661556	2026-12-05 10:47:23.661556
174	37	6	COMPLETE	2026-12-05 10:51:08.721641	2026-12-05 10:51:08.721641
151	31	2	COMPLETE	2026-12-05 10:47:34.472223	2026-12-05 10:47:34.472223
152	31	4	COMPLETE	2026-12-05 10:47:34.522287	2026-12-05 10:47:34.522287
153	31	6	COMPLETE	2026-12-05 10:47:34.570621	2026-12-05 10:47:34.570621
175	38	2	COMPLETE	2026-12-05 10:52:05.437271	2026-12-05 10:52:05.437271
154	32	2	COMPLETE	2026-12-05 10:48:32.5903	2026-12-05 10:48:32.5903
155	32	4	COMPLETE	2026-12-05 10:48:32.642895	2026-12-05 10:48:32.642895
156	32	6	COMPLETE	2026-12-05 10:48:32.69721	2026-12-05 10:48:32.69721
176	38	4	COMPLETE	2026-12-05 10:52:05.481131	2026-12-05 10:52:05.481131
157	33	2	COMPLETE	2026-12-05 10:48:41.301198	2026-12-05 10:48:41.301198
158	33	4	COMPLETE	2026-12-05 10:48:41.343794	2026-12-05 10:48:41.343794
159	33	6	COMPLETE	2026-12-05 10:48:41.383741	2026-12-05 10:48:41.383741
177	38	6	COMPLETE	2026-12-05 10:52:05.525698	2026-12-05 10:52:05.525698
160	34	2	COMPLETE	2026-12-05 10:49:45.727118	2026-12-05 10:49:45.727118
161	34	4	COMPLETE	2026-12-05 10:49:45.765748	2026-12-05 10:49:45.765748
162	34	6	COMPLETE	2026-12-05 10:49:45.803149	2026-12-05 10:49:45.803149
163	35	2	COMPLETE	2026-12-05 10:49:55.05182	2026-12-05 10:49:55.05182
164	5	3	COMPLETE	2026-12-05 10:49:55.087805	2026-12-05 10:49:55.087805
165	35	4	COMPLETE	2026-12-05 10:49:55.110795	2026-12-05 10:49:55.110795
178	39	2	COMPLETE	2026-12-05 10:52:18.07617	2026-12-05 10:52:18.07617
179	39	4	COMPLETE	2026-12-05 10:52:18.117521	2026-12-05 10:52:18.117521
180	39	6	COMPLETE	2026-12-05 10:52:18.157453	2026-12-05 10:52:18.157453
181	40	2	COMPLETE	2026-12-05 10:53:13.907914	2026-12-05 10:53:13.907914
182	40	4	COMPLETE	2026-12-05 10:53:13.952496	2026-12-05 10:53:13.952496
183	40	6	COMPLETE	2026-12-05 10:53:13.994646	2026-12-05 10:53:13.994646
184	41	2	COMPLETE	2026-12-05 10:53:27.832139	2026-12-05 10:53:27.832139
185	6	3	COMPLETE	2026-12-05 10:53:27.871566	2026-12-05 10:53:27.871566
186	41	4	COMPLETE	2026-12-05 10:53:27.898917	2026-12-05 10:53:27.898917
187	6	5	COMPLETE	2026-12-05 10:53:27.937622	2026-12-05 10:53:27.937622
188	41	6	COMPLETE	2026-12-05 10:53:27.963913	2026-12-05 10:53:27.963913
189	6	7	COMPLETE	2026-12-05 10:53:28.004326	2026-12-05 10:53:28.004326
\.


--
-- Data for Name: version_info; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.version_info (version_info_id, schema_version, library_version) FROM stdin;
1	12	5.0.0
\.


--
-- Name: studies_study_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.studies_study_id_seq', 7, true);


--
-- Name: study_directions_study_direction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.study_directions_study_direction_id_seq', 7, true);


--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.study_system_attributes_study_system_attribute_id_seq', 63, true);


--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.study_user_attributes_study_user_attribute_id_seq', 46, true);


--
-- Name: trial_heartbeats_trial_heartbeat_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_heartbeats_trial_heartbeat_id_seq', 42, true);


--
-- Name: trial_intermediate_values_trial_intermediate_value_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_intermediate_values_trial_intermediate_value_id_seq', 1344, true);


--
-- Name: trial_params_param_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_params_param_id_seq', 546, true);


--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_system_attributes_trial_system_attribute_id_seq', 1, false);


--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_user_attributes_trial_user_attribute_id_seq', 2604, true);


--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_values_trial_value_id_seq', 189, true);


--
-- Name: trials_trial_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trials_trial_id_seq', 189, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: studies studies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.studies
    ADD CONSTRAINT studies_pkey PRIMARY KEY (study_id);


--
-- Name: study_directions study_directions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_directions
    ADD CONSTRAINT study_directions_pkey PRIMARY KEY (study_direction_id);


--
-- Name: study_directions study_directions_study_id_objective_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_directions
    ADD CONSTRAINT study_directions_study_id_objective_key UNIQUE (study_id, objective);


--
-- Name: study_system_attributes study_system_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_pkey PRIMARY KEY (study_system_attribute_id);


--
-- Name: study_system_attributes study_system_attributes_study_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_study_id_key_key UNIQUE (study_id, key);


--
-- Name: study_user_attributes study_user_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_pkey PRIMARY KEY (study_user_attribute_id);


--
-- Name: study_user_attributes study_user_attributes_study_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_study_id_key_key UNIQUE (study_id, key);


--
-- Name: trial_heartbeats trial_heartbeats_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_heartbeats
    ADD CONSTRAINT trial_heartbeats_pkey PRIMARY KEY (trial_heartbeat_id);


--
-- Name: trial_heartbeats trial_heartbeats_trial_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_heartbeats
    ADD CONSTRAINT trial_heartbeats_trial_id_key UNIQUE (trial_id);


--
-- Name: trial_intermediate_values trial_intermediate_values_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_intermediate_values
    ADD CONSTRAINT trial_intermediate_values_pkey PRIMARY KEY (trial_intermediate_value_id);


--
-- Name: trial_intermediate_values trial_intermediate_values_trial_id_step_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_intermediate_values
    ADD CONSTRAINT trial_intermediate_values_trial_id_step_key UNIQUE (trial_id, step);


--
-- Name: trial_params trial_params_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_pkey PRIMARY KEY (param_id);


--
-- Name: trial_params trial_params_trial_id_param_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_trial_id_param_name_key UNIQUE (trial_id, param_name);


--
-- Name: trial_system_attributes trial_system_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_pkey PRIMARY KEY (trial_system_attribute_id);


--
-- Name: trial_system_attributes trial_system_attributes_trial_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_trial_id_key_key UNIQUE (trial_id, key);


--
-- Name: trial_user_attributes trial_user_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_pkey PRIMARY KEY (trial_user_attribute_id);


--
-- Name: trial_user_attributes trial_user_attributes_trial_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_trial_id_key_key UNIQUE (trial_id, key);


--
-- Name: trial_values trial_values_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_pkey PRIMARY KEY (trial_value_id);


--
-- Name: trial_values trial_values_trial_id_objective_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_trial_id_objective_key UNIQUE (trial_id, objective);


--
-- Name: trials trials_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trials
    ADD CONSTRAINT trials_pkey PRIMARY KEY (trial_id);


--
-- Name: version_info version_info_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.version_info
    ADD CONSTRAINT version_info_pkey PRIMARY KEY (version_info_id);


--
-- Name: ix_studies_study_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_studies_study_name ON public.studies USING btree (study_name);


--
-- Name: ix_trials_study_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_trials_study_id ON public.trials USING btree (study_id);


--
-- Name: study_directions study_directions_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_directions
    ADD CONSTRAINT study_directions_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: study_system_attributes study_system_attributes_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: study_user_attributes study_user_attributes_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: trial_heartbeats trial_heartbeats_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_heartbeats
    ADD CONSTRAINT trial_heartbeats_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_intermediate_values trial_intermediate_values_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_intermediate_values
    ADD CONSTRAINT trial_intermediate_values_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_params trial_params_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_system_attributes trial_system_attributes_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_user_attributes trial_user_attributes_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_values trial_values_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trials trials_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trials
    ADD CONSTRAINT trials_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- PostgreSQL database dump complete
--

\unrestrict wfC9Q2t6l0cXU3WWvizdV8Z4dcR7cwPuJKicv6UBXeFXKRgwV9EVo9bZjcS3pWM

