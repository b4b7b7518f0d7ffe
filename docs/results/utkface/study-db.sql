--
-- PostgreSQL database dump
--

\restrict wng1lxcgpf5WrUzZvQF6N7F4edUBz00HcPsnwhf2ku7mWbn2RP7U2YJNUSsIVZT

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
-- Name: studydirection; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.studydirection AS ENUM (
    'NOT_SET',
    'MINIMIZE',
    'MAXIMIZE'
);


--
-- Name: trialintermediatevaluetype; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.trialintermediatevaluetype AS ENUM (
    'FINITE',
    'INF_POS',
    'INF_NEG',
    'NAN'
);


--
-- Name: trialstate; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.trialstate AS ENUM (
    'RUNNING',
    'COMPLETE',
    'PRUNED',
    'FAIL',
    'WAITING'
);


--
-- Name: trialvaluetype; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.trialvaluetype AS ENUM (
    'FINITE',
    'INF_POS',
    'INF_NEG'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: studies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.studies (
    study_id integer NOT NULL,
    study_name character varying(512) NOT NULL
);


--
-- Name: studies_study_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.studies_study_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: studies_study_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.studies_study_id_seq OWNED BY public.studies.study_id;


--
-- Name: study_directions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study_directions (
    study_direction_id integer NOT NULL,
    direction public.studydirection NOT NULL,
    study_id integer NOT NULL,
    objective integer NOT NULL
);


--
-- Name: study_directions_study_direction_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.study_directions_study_direction_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: study_directions_study_direction_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.study_directions_study_direction_id_seq OWNED BY public.study_directions.study_direction_id;


--
-- Name: study_system_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study_system_attributes (
    study_system_attribute_id integer NOT NULL,
    study_id integer,
    key character varying(512),
    value_json text
);


--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.study_system_attributes_study_system_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.study_system_attributes_study_system_attribute_id_seq OWNED BY public.study_system_attributes.study_system_attribute_id;


--
-- Name: study_user_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study_user_attributes (
    study_user_attribute_id integer NOT NULL,
    study_id integer,
    key character varying(512),
    value_json text
);


--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.study_user_attributes_study_user_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.study_user_attributes_study_user_attribute_id_seq OWNED BY public.study_user_attributes.study_user_attribute_id;


--
-- Name: trial_heartbeats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_heartbeats (
    trial_heartbeat_id integer NOT NULL,
    trial_id integer NOT NULL,
    heartbeat timestamp without time zone NOT NULL
);


--
-- Name: trial_heartbeats_trial_heartbeat_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trial_heartbeats_trial_heartbeat_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trial_heartbeats_trial_heartbeat_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trial_heartbeats_trial_heartbeat_id_seq OWNED BY public.trial_heartbeats.trial_heartbeat_id;


--
-- Name: trial_intermediate_values; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_intermediate_values (
    trial_intermediate_value_id integer NOT NULL,
    trial_id integer NOT NULL,
    step integer NOT NULL,
    intermediate_value double precision,
    intermediate_value_type public.trialintermediatevaluetype NOT NULL
);


--
-- Name: trial_intermediate_values_trial_intermediate_value_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trial_intermediate_values_trial_intermediate_value_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trial_intermediate_values_trial_intermediate_value_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trial_intermediate_values_trial_intermediate_value_id_seq OWNED BY public.trial_intermediate_values.trial_intermediate_value_id;


--
-- Name: trial_params; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_params (
    param_id integer NOT NULL,
    trial_id integer,
    param_name character varying(512),
    param_value double precision,
    distribution_json text
);


--
-- Name: trial_params_param_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trial_params_param_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trial_params_param_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trial_params_param_id_seq OWNED BY public.trial_params.param_id;


--
-- Name: trial_system_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_system_attributes (
    trial_system_attribute_id integer NOT NULL,
    trial_id integer,
    key character varying(512),
    value_json text
);


--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq OWNED BY public.trial_system_attributes.trial_system_attribute_id;


--
-- Name: trial_user_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_user_attributes (
    trial_user_attribute_id integer NOT NULL,
    trial_id integer,
    key character varying(512),
    value_json text
);


--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq OWNED BY public.trial_user_attributes.trial_user_attribute_id;


--
-- Name: trial_values; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_values (
    trial_value_id integer NOT NULL,
    trial_id integer NOT NULL,
    objective integer NOT NULL,
    value double precision,
    value_type public.trialvaluetype NOT NULL
);


--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trial_values_trial_value_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trial_values_trial_value_id_seq OWNED BY public.trial_values.trial_value_id;


--
-- Name: trials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trials (
    trial_id integer NOT NULL,
    number integer,
    study_id integer,
    state public.trialstate NOT NULL,
    datetime_start timestamp without time zone,
    datetime_complete timestamp without time zone
);


--
-- Name: trials_trial_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.trials_trial_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: trials_trial_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.trials_trial_id_seq OWNED BY public.trials.trial_id;


--
-- Name: version_info; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.version_info (
    version_info_id integer NOT NULL,
    schema_version integer,
    library_version character varying(256),
    CONSTRAINT version_info_version_info_id_check CHECK ((version_info_id = 1))
);


--
-- Name: studies study_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.studies ALTER COLUMN study_id SET DEFAULT nextval('public.studies_study_id_seq'::regclass);


--
-- Name: study_directions study_direction_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_directions ALTER COLUMN study_direction_id SET DEFAULT nextval('public.study_directions_study_direction_id_seq'::regclass);


--
-- Name: study_system_attributes study_system_attribute_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_system_attributes ALTER COLUMN study_system_attribute_id SET DEFAULT nextval('public.study_system_attributes_study_system_attribute_id_seq'::regclass);


--
-- Name: study_user_attributes study_user_attribute_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_user_attributes ALTER COLUMN study_user_attribute_id SET DEFAULT nextval('public.study_user_attributes_study_user_attribute_id_seq'::regclass);


--
-- Name: trial_heartbeats trial_heartbeat_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_heartbeats ALTER COLUMN trial_heartbeat_id SET DEFAULT nextval('public.trial_heartbeats_trial_heartbeat_id_seq'::regclass);


--
-- Name: trial_intermediate_values trial_intermediate_value_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_intermediate_values ALTER COLUMN trial_intermediate_value_id SET DEFAULT nextval('public.trial_intermediate_values_trial_intermediate_value_id_seq'::regclass);


--
-- Name: trial_params param_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_params ALTER COLUMN param_id SET DEFAULT nextval('public.trial_params_param_id_seq'::regclass);


--
-- Name: trial_system_attributes trial_system_attribute_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_system_attributes ALTER COLUMN trial_system_attribute_id SET DEFAULT nextval('public.trial_system_attributes_trial_system_attribute_id_seq'::regclass);


--
-- Name: trial_user_attributes trial_user_attribute_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_user_attributes ALTER COLUMN trial_user_attribute_id SET DEFAULT nextval('public.trial_user_attributes_trial_user_attribute_id_seq'::regclass);


--
-- Name: trial_values trial_value_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_values ALTER COLUMN trial_value_id SET DEFAULT nextval('public.trial_values_trial_value_id_seq'::regclass);


--
-- Name: trials trial_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trials ALTER COLUMN trial_id SET DEFAULT nextval('public.trials_trial_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alembic_version (version_num) FROM stdin;
v3.2.0.a
\.


--
-- Data for Name: studies; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.studies (study_id, study_name) FROM stdin;
1	utkface-cpu:runs
2	utkface-cpu:accuracy
3	utkface-cpu:accuracy:mean
4	utkface-cpu:mae
5	utkface-cpu:mae:mean
6	utkface-cpu:mse
7	utkface-cpu:mse:mean
\.


--
-- Data for Name: study_directions; Type: TABLE DATA; Schema: public; Owner: -
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
-- Data for Name: study_system_attributes; Type: TABLE DATA; Schema: public; Owner: -
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
9	2	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
10	2	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
11	2	artifacts:c0c7b334-ab55-4a24-bd84-b1f9d5febf61	"{\\"artifact_id\\": \\"c0c7b334-ab55-4a24-bd84-b1f9d5febf61\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
12	2	artifacts:882ce9d1-fea1-4d7a-a1af-27bd9079b2b8	"{\\"artifact_id\\": \\"882ce9d1-fea1-4d7a-a1af-27bd9079b2b8\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
13	2	artifacts:65eb8406-a1ff-4844-9b36-7580fa69a874	"{\\"artifact_id\\": \\"65eb8406-a1ff-4844-9b36-7580fa69a874\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
14	2	artifacts:a2e2d1d9-533a-492e-9f68-f7c22b3564da	"{\\"artifact_id\\": \\"a2e2d1d9-533a-492e-9f68-f7c22b3564da\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
15	3	dashboard:note_ver	1
16	3	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
17	3	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
18	3	artifacts:c21e6c6c-5e43-4d5d-beba-388e32724d3a	"{\\"artifact_id\\": \\"c21e6c6c-5e43-4d5d-beba-388e32724d3a\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
19	3	artifacts:147c3402-de77-48f3-b49b-84790b7ab8d6	"{\\"artifact_id\\": \\"147c3402-de77-48f3-b49b-84790b7ab8d6\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
20	3	artifacts:43a1739d-9b45-49c1-90c2-92127be08abe	"{\\"artifact_id\\": \\"43a1739d-9b45-49c1-90c2-92127be08abe\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
21	3	artifacts:f3adf7dd-af22-453c-88bc-1f871d7976d9	"{\\"artifact_id\\": \\"f3adf7dd-af22-453c-88bc-1f871d7976d9\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
22	4	dashboard:note_ver	1
23	4	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
24	4	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
25	4	artifacts:a6732dce-2693-4d15-8cf3-fb80bf7e2442	"{\\"artifact_id\\": \\"a6732dce-2693-4d15-8cf3-fb80bf7e2442\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
26	4	artifacts:b4d92270-b375-4856-9f40-8957999d7321	"{\\"artifact_id\\": \\"b4d92270-b375-4856-9f40-8957999d7321\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
27	4	artifacts:9e184808-40f1-4ffd-ad34-408c73fa3756	"{\\"artifact_id\\": \\"9e184808-40f1-4ffd-ad34-408c73fa3756\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
28	4	artifacts:cf17e5fd-f1f8-4c2a-924e-dcd0f84b7af8	"{\\"artifact_id\\": \\"cf17e5fd-f1f8-4c2a-924e-dcd0f84b7af8\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
29	5	dashboard:note_ver	1
30	5	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
31	5	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
32	5	artifacts:ddede51c-642a-4983-a983-6bea7c04e99a	"{\\"artifact_id\\": \\"ddede51c-642a-4983-a983-6bea7c04e99a\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
33	5	artifacts:5ebd6d14-1b54-4421-b74b-8d65e8d745fa	"{\\"artifact_id\\": \\"5ebd6d14-1b54-4421-b74b-8d65e8d745fa\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
34	5	artifacts:c0d3bd95-1bcb-4e8b-aa69-61b0f14c8c4f	"{\\"artifact_id\\": \\"c0d3bd95-1bcb-4e8b-aa69-61b0f14c8c4f\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
35	5	artifacts:df0fa1b8-e786-46f1-b193-000a80058e84	"{\\"artifact_id\\": \\"df0fa1b8-e786-46f1-b193-000a80058e84\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
36	6	dashboard:note_ver	1
37	6	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
38	6	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
39	6	artifacts:508a9e27-9776-432b-a203-130cf87951e5	"{\\"artifact_id\\": \\"508a9e27-9776-432b-a203-130cf87951e5\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
40	6	artifacts:6fe0fb18-dc6a-4db5-9747-76a17daa8cf4	"{\\"artifact_id\\": \\"6fe0fb18-dc6a-4db5-9747-76a17daa8cf4\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
41	6	artifacts:2a4ab97b-4be3-4bc0-8d89-d9896150a52a	"{\\"artifact_id\\": \\"2a4ab97b-4be3-4bc0-8d89-d9896150a52a\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
42	6	artifacts:3d842dc9-d89c-4dcd-ac6c-c3a99c8082f3	"{\\"artifact_id\\": \\"3d842dc9-d89c-4dcd-ac6c-c3a99c8082f3\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
43	7	dashboard:note_ver	1
44	7	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
45	7	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
46	7	artifacts:b6c3f5eb-ac5f-45d3-bd2a-9c45560b3a30	"{\\"artifact_id\\": \\"b6c3f5eb-ac5f-45d3-bd2a-9c45560b3a30\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
47	7	artifacts:851aa91e-b20a-4b19-92e4-b13d0886d5d6	"{\\"artifact_id\\": \\"851aa91e-b20a-4b19-92e4-b13d0886d5d6\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
48	7	artifacts:39c80b94-ed31-442b-93fb-875eb3764efd	"{\\"artifact_id\\": \\"39c80b94-ed31-442b-93fb-875eb3764efd\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
49	7	artifacts:ee8e0c79-2a5d-4a00-a76f-ee82afd2e149	"{\\"artifact_id\\": \\"ee8e0c79-2a5d-4a00-a76f-ee82afd2e149\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
50	1	dashboard:note_ver	1
51	1	dashboard:note_str:0	"# utkface-cpu: task utkface, parameter r\\n\\nMean over seeds; n = completed seeds. Acc in percent. Best validation value per metric in bold. Test values marked \\u207a / \\u207b are significantly better / worse than the baseline r = 0.0 (plain cross entropy): two-sided Wilcoxon signed-rank test, per-seed values paired by seed, p < 0.05 (uncorrected; Holm-corrected p-values below). Differences of percent metrics are in percentage points.\\n\\n| r | Validation Acc | Validation MAE | Validation MSE | Test Acc | Test MAE | Test MSE | n |\\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\\n| 0.0 (CCE) | **12.93** | 10.26 | 247.57 | 13.09 | 10.09 | 251.95 | 6 |\\n| 0.4 | 12.39 | 9.76 | 216.26 | 12.55 | 9.74\\u207a | 228.34 | 6 |\\n| 0.6 | 12.82 | 9.59 | 215.95 | 13.22 | 9.51 | 221.18 | 6 |\\n| 0.8 | 10.55 | **9.39** | **209.81** | 10.78 | 9.22\\u207a | 213.34\\u207a | 6 |\\n\\n## Chosen on validation\\n\\n| objective | chosen r | validation | test | p | p (Holm) | test \\u2212 baseline [95% CI] | pairs | n |\\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\\n| accuracy | 0.0 (CCE) | 12.93 | 13.09 | \\u2013 | \\u2013 | \\u2013 | \\u2013 | 6 |\\n| mae | 0.8 | 9.39 | 9.22\\u207a | 0.0312 | 0.0938 | -0.868 [-0.957, -0.781] | 6 | 6 |\\n| mse | 0.8 | 209.81 | 213.34\\u207a | 0.0312 | 0.0938 | -38.604 [-43.204, -32.692] | 6 | 6 |\\n\\n## Significance against the baseline (test)\\n\\n| r | metric | pairs | mean difference [95% CI] | p | p (Holm) | mark | note |\\n| --- | --- | --- | --- | --- | --- | --- | --- |\\n| 0.4 | accuracy | 6 | -0.533 [-1.713, 0.347] | 0.562 | 1 |  |  |\\n| 0.4 | mae | 6 | -0.347 [-0.549, -0.147] | 0.0312 | 0.0938 | + |  |\\n| 0.4 | mse | 6 | -23.606 [-36.648, -9.860] | 0.0625 | 0.125 |  |  |\\n| 0.6 | accuracy | 6 | 0.133 [-1.053, 1.320] | 0.844 | 1 |  |  |\\n| 0.6 | mae | 6 | -0.582 [-0.833, -0.237] | 0.0625 | 0.0938 |  |  |\\n| 0.6 | mse | 6 | -30.767 [-45.101, -15.064] | 0.0625 | 0.125 |  |  |\\n| 0.8 | accuracy | 6 | -2.307 [-5.480, 0.767] | 0.438 | 1 |  |  |\\n| 0.8 | mae | 6 | -0.868 [-0.957, -0.781] | 0.0312 | 0.0938 | + |  |\\n| 0.8 | mse | 6 | -38.604 [-43.204, -32.692] | 0.0312 | 0.0938 | + |  |\\n\\n##"
52	1	dashboard:note_str:1	" Missing and failed runs\\n\\nNone: every seed (0, 1, 2, 3, 4, 5) completed for every value.\\n\\n## Warnings\\n\\nNone.\\n\\nMethod: two-sided Wilcoxon signed-rank test (scipy.stats.wilcoxon defaults) against the baseline, per-seed values paired by seed; p = 1 when every paired difference is zero; no test with fewer than 2 pairs; Holm correction across the values compared per split and metric; diff_ci: percentile bootstrap 95% CI of the mean paired difference (10000 resamples, seed 0).\\n"
53	1	artifacts:1d8c2a07-93a8-4fd6-85ee-3b4fd71012c7	"{\\"artifact_id\\": \\"1d8c2a07-93a8-4fd6-85ee-3b4fd71012c7\\", \\"filename\\": \\"metrics.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
54	1	artifacts:ca8cba34-e131-4858-bc2d-a27a474f6159	"{\\"artifact_id\\": \\"ca8cba34-e131-4858-bc2d-a27a474f6159\\", \\"filename\\": \\"metrics.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
55	1	artifacts:320037b3-0c01-40a9-8316-ce02a563ba94	"{\\"artifact_id\\": \\"320037b3-0c01-40a9-8316-ce02a563ba94\\", \\"filename\\": \\"distribution.png\\", \\"mimetype\\": \\"image/png\\", \\"encoding\\": null}"
56	1	artifacts:82d67a48-9656-4167-a30d-8120ea87b772	"{\\"artifact_id\\": \\"82d67a48-9656-4167-a30d-8120ea87b772\\", \\"filename\\": \\"distribution.svg\\", \\"mimetype\\": \\"image/svg+xml\\", \\"encoding\\": null}"
\.


--
-- Data for Name: study_user_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study_user_attributes (study_user_attribute_id, study_id, key, value_json) FROM stdin;
1	1	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
2	1	task	"utkface"
3	1	parameter	"r"
4	1	baseline	0.0
5	1	role	"runs"
6	1	metric	"accuracy"
7	2	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
8	2	task	"utkface"
9	2	parameter	"r"
10	2	baseline	0.0
11	2	metric	"accuracy"
12	2	role	"objective"
13	3	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
14	3	task	"utkface"
15	3	parameter	"r"
16	3	baseline	0.0
17	3	metric	"accuracy"
18	3	role	"summary"
19	4	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
20	4	task	"utkface"
21	4	parameter	"r"
22	4	baseline	0.0
23	4	metric	"mae"
24	4	role	"objective"
25	5	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
26	5	task	"utkface"
27	5	parameter	"r"
28	5	baseline	0.0
29	5	metric	"mae"
30	5	role	"summary"
31	6	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
32	6	task	"utkface"
33	6	parameter	"r"
34	6	baseline	0.0
35	6	metric	"mse"
36	6	role	"objective"
37	7	spec	"{\\"adaptive\\": null, \\"baseline\\": 0.0, \\"data_dir\\": \\"${UTKFACE_DIR}\\", \\"description\\": \\"Reduced-scale reproduction of Kobs et al. Table 1 (UTKFace) on a 2-core CPU\\", \\"grid\\": [0.0, 0.4, 0.6, 0.8], \\"name\\": \\"utkface-cpu\\", \\"objectives\\": [\\"accuracy\\", \\"mae\\", \\"mse\\"], \\"parameter\\": \\"r\\", \\"seeds\\": [0, 1, 2, 3, 4, 5], \\"task\\": \\"utkface\\", \\"training\\": {\\"batch_size\\": 64, \\"limit\\": 2500, \\"max_epochs\\": 8, \\"patience\\": 3}}"
38	7	task	"utkface"
39	7	parameter	"r"
40	7	baseline	0.0
41	7	metric	"mse"
42	7	role	"summary"
43	1	class_names	["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90"]
\.


--
-- Data for Name: trial_heartbeats; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trial_heartbeats (trial_heartbeat_id, trial_id, heartbeat) FROM stdin;
10	10	2026-11-27 05:14:42.41745
9	9	2026-11-27 05:14:45.636806
11	11	2026-11-27 05:17:07.452529
12	12	2026-11-27 05:17:32.549842
1	1	2026-11-27 04:49:27.546353
2	2	2026-11-27 04:49:30.559273
13	13	2026-11-27 05:20:03.414976
14	14	2026-11-27 05:20:25.459317
15	15	2026-11-27 05:21:41.604341
16	16	2026-11-27 05:22:16.633464
3	3	2026-11-27 04:56:02.537495
4	4	2026-11-27 04:57:10.420459
17	17	2026-11-27 05:23:37.088252
18	18	2026-11-27 05:24:15.636538
19	19	2026-11-27 05:25:28.153334
20	20	2026-11-27 05:25:51.577369
5	5	2026-11-27 05:02:51.069765
6	6	2026-11-27 05:03:57.109214
21	21	2026-11-27 05:28:18.227766
22	22	2026-11-27 05:29:40.148421
7	7	2026-11-27 05:07:45.820469
8	8	2026-11-27 05:09:27.213006
23	23	2026-11-27 05:31:00.742311
24	24	2026-11-27 05:31:47.801339
\.


--
-- Data for Name: trial_intermediate_values; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trial_intermediate_values (trial_intermediate_value_id, trial_id, step, intermediate_value, intermediate_value_type) FROM stdin;
\.


--
-- Data for Name: trial_params; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trial_params (param_id, trial_id, param_name, param_value, distribution_json) FROM stdin;
1	1	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
2	1	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
3	2	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
4	2	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
5	3	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
6	3	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
7	4	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
8	4	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
9	5	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
10	5	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
11	6	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
12	6	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
13	7	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
14	7	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
15	8	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
16	8	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
17	9	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
18	9	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
19	10	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
20	10	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
21	11	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
22	11	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
23	12	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
24	12	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
25	13	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
26	13	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
27	14	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
28	14	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
29	15	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
30	15	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
31	16	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
32	16	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
33	17	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
34	17	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
35	18	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
36	18	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
37	19	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
38	19	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
39	20	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
40	20	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
41	21	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
42	21	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
43	22	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
44	22	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
45	23	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
46	23	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
47	24	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
48	24	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
49	25	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
50	25	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
51	26	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
52	26	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
53	27	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
54	27	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
55	28	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
56	28	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
57	29	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
58	29	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
59	30	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
60	30	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
61	31	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
62	31	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
63	32	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
64	32	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
65	33	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
66	33	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
67	34	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
68	34	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
69	35	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
70	35	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
71	36	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
72	36	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
73	37	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
74	37	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
75	38	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
76	38	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
77	39	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
78	39	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
79	40	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
80	40	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
81	41	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
82	42	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
83	42	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
84	43	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
85	44	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
86	44	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
87	45	r	0	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
88	46	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
89	46	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
90	47	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
91	47	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
92	48	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
93	48	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
94	49	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
95	49	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
96	50	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
97	50	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
98	51	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
99	51	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
100	52	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
101	52	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
102	53	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
103	53	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
104	54	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
105	54	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
106	55	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
107	55	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
108	56	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
109	56	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
110	57	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
111	57	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
112	58	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
113	58	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
114	59	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
115	59	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
116	60	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
117	60	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
118	61	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
119	61	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
120	62	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
121	63	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
122	63	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
123	64	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
124	65	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
125	65	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
126	66	r	0.4	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
127	67	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
128	67	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
129	68	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
130	68	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
131	69	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
132	69	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
133	70	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
134	70	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
135	71	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
136	71	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
137	72	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
138	72	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
139	73	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
140	73	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
141	74	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
142	74	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
143	75	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
144	75	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
145	76	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
146	76	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
147	77	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
148	77	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
149	78	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
150	78	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
151	79	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
152	79	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
153	80	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
154	80	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
155	81	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
156	81	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
157	82	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
158	82	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
159	83	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
160	84	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
161	84	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
162	85	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
163	86	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
164	86	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
165	87	r	0.6	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
166	88	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
167	88	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
168	89	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
169	89	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
170	90	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
171	90	seed	0	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
172	91	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
173	91	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
174	92	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
175	92	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
176	93	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
177	93	seed	1	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
178	94	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
179	94	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
180	95	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
181	95	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
182	96	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
183	96	seed	2	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
184	97	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
185	97	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
186	98	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
187	98	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
188	99	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
189	99	seed	3	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
190	100	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
191	100	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
192	101	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
193	101	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
194	102	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
195	102	seed	4	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
196	103	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
197	103	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
198	104	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
199	105	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
200	105	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
201	106	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
202	107	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
203	107	seed	5	{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 5}}
204	108	r	0.8	{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 1.0, "log": false}}
\.


--
-- Data for Name: trial_system_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trial_system_attributes (trial_system_attribute_id, trial_id, key, value_json) FROM stdin;
\.


--
-- Data for Name: trial_user_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trial_user_attributes (trial_user_attribute_id, trial_id, key, value_json) FROM stdin;
1	1	worker	"vm:17367"
2	2	worker	"vm:17368"
3	2	val_accuracy	0.1452
4	2	val_mae	10.844
5	2	val_mse	278.3544
6	2	test_accuracy	0.1348
7	2	test_mae	10.4964
8	2	test_mse	276.9868
9	2	best_epoch	8
10	2	epochs	8
11	2	seconds	391.252
12	2	device	"cpu"
13	2	mean_distribution	[0.042164, 0.02375, 0.02047, 0.010249, 0.015404, 0.01116, 0.006073, 0.009255, 0.009779, 0.005897, 0.001212, 0.008636, 0.005038, 0.004861, 0.005272, 0.01348, 0.007646, 0.008213, 0.003897, 0.014069, 0.015147, 0.017831, 0.022703, 0.032426, 0.034778, 0.105783, 0.017452, 0.038696, 0.017719, 0.032467, 0.014339, 0.01883, 0.00634, 0.023606, 0.032628, 0.020447, 0.00796, 0.011666, 0.009598, 0.023373, 0.005582, 0.007465, 0.005169, 0.003822, 0.01757, 0.006344, 0.009308, 0.007543, 0.007476, 0.012796, 0.007026, 0.010145, 0.010538, 0.014803, 0.009273, 0.010404, 0.004132, 0.012712, 0.00385, 0.01121, 0.008121, 0.003545, 0.00563, 0.0021, 0.009323, 0.003656, 0.004218, 0.004658, 0.000417, 0.007331, 0.00245, 0.005319, 0.001746, 0.002718, 0.006312, 0.001916, 0.001312, 0.003312, 0.001168, 0.004452, 0.000545, 0.000786, 0.000267, 0.000961, 0.005743, 0.000486, 2.5e-05, 0.00111, 0.00096, 0.001938]
14	25	best_epoch	8
15	25	device	"cpu"
16	25	epochs	8
17	25	mean_distribution	[0.042164, 0.02375, 0.02047, 0.010249, 0.015404, 0.01116, 0.006073, 0.009255, 0.009779, 0.005897, 0.001212, 0.008636, 0.005038, 0.004861, 0.005272, 0.01348, 0.007646, 0.008213, 0.003897, 0.014069, 0.015147, 0.017831, 0.022703, 0.032426, 0.034778, 0.105783, 0.017452, 0.038696, 0.017719, 0.032467, 0.014339, 0.01883, 0.00634, 0.023606, 0.032628, 0.020447, 0.00796, 0.011666, 0.009598, 0.023373, 0.005582, 0.007465, 0.005169, 0.003822, 0.01757, 0.006344, 0.009308, 0.007543, 0.007476, 0.012796, 0.007026, 0.010145, 0.010538, 0.014803, 0.009273, 0.010404, 0.004132, 0.012712, 0.00385, 0.01121, 0.008121, 0.003545, 0.00563, 0.0021, 0.009323, 0.003656, 0.004218, 0.004658, 0.000417, 0.007331, 0.00245, 0.005319, 0.001746, 0.002718, 0.006312, 0.001916, 0.001312, 0.003312, 0.001168, 0.004452, 0.000545, 0.000786, 0.000267, 0.000961, 0.005743, 0.000486, 2.5e-05, 0.00111, 0.00096, 0.001938]
18	25	seconds	391.252
19	25	test_accuracy	0.1348
20	25	test_mae	10.4964
21	25	test_mse	276.9868
22	25	val_accuracy	0.1452
23	25	val_mae	10.844
24	25	val_mse	278.3544
25	25	worker	"vm:17368"
26	25	run	1
27	26	best_epoch	8
28	26	device	"cpu"
29	26	epochs	8
30	26	mean_distribution	[0.042164, 0.02375, 0.02047, 0.010249, 0.015404, 0.01116, 0.006073, 0.009255, 0.009779, 0.005897, 0.001212, 0.008636, 0.005038, 0.004861, 0.005272, 0.01348, 0.007646, 0.008213, 0.003897, 0.014069, 0.015147, 0.017831, 0.022703, 0.032426, 0.034778, 0.105783, 0.017452, 0.038696, 0.017719, 0.032467, 0.014339, 0.01883, 0.00634, 0.023606, 0.032628, 0.020447, 0.00796, 0.011666, 0.009598, 0.023373, 0.005582, 0.007465, 0.005169, 0.003822, 0.01757, 0.006344, 0.009308, 0.007543, 0.007476, 0.012796, 0.007026, 0.010145, 0.010538, 0.014803, 0.009273, 0.010404, 0.004132, 0.012712, 0.00385, 0.01121, 0.008121, 0.003545, 0.00563, 0.0021, 0.009323, 0.003656, 0.004218, 0.004658, 0.000417, 0.007331, 0.00245, 0.005319, 0.001746, 0.002718, 0.006312, 0.001916, 0.001312, 0.003312, 0.001168, 0.004452, 0.000545, 0.000786, 0.000267, 0.000961, 0.005743, 0.000486, 2.5e-05, 0.00111, 0.00096, 0.001938]
31	26	seconds	391.252
32	26	test_accuracy	0.1348
33	26	test_mae	10.4964
34	26	test_mse	276.9868
35	26	val_accuracy	0.1452
36	26	val_mae	10.844
37	26	val_mse	278.3544
38	26	worker	"vm:17368"
39	26	run	1
40	27	best_epoch	8
41	27	device	"cpu"
42	27	epochs	8
43	27	mean_distribution	[0.042164, 0.02375, 0.02047, 0.010249, 0.015404, 0.01116, 0.006073, 0.009255, 0.009779, 0.005897, 0.001212, 0.008636, 0.005038, 0.004861, 0.005272, 0.01348, 0.007646, 0.008213, 0.003897, 0.014069, 0.015147, 0.017831, 0.022703, 0.032426, 0.034778, 0.105783, 0.017452, 0.038696, 0.017719, 0.032467, 0.014339, 0.01883, 0.00634, 0.023606, 0.032628, 0.020447, 0.00796, 0.011666, 0.009598, 0.023373, 0.005582, 0.007465, 0.005169, 0.003822, 0.01757, 0.006344, 0.009308, 0.007543, 0.007476, 0.012796, 0.007026, 0.010145, 0.010538, 0.014803, 0.009273, 0.010404, 0.004132, 0.012712, 0.00385, 0.01121, 0.008121, 0.003545, 0.00563, 0.0021, 0.009323, 0.003656, 0.004218, 0.004658, 0.000417, 0.007331, 0.00245, 0.005319, 0.001746, 0.002718, 0.006312, 0.001916, 0.001312, 0.003312, 0.001168, 0.004452, 0.000545, 0.000786, 0.000267, 0.000961, 0.005743, 0.000486, 2.5e-05, 0.00111, 0.00096, 0.001938]
44	27	seconds	391.252
45	27	test_accuracy	0.1348
46	27	test_mae	10.4964
47	27	test_mse	276.9868
48	27	val_accuracy	0.1452
49	27	val_mae	10.844
50	27	val_mse	278.3544
51	27	worker	"vm:17368"
52	27	run	1
53	3	worker	"vm:17368"
54	1	val_accuracy	0.1336
55	1	val_mae	10.638
56	1	val_mse	261.2996
57	1	test_accuracy	0.1408
58	1	test_mae	10.294
59	1	test_mse	260.8804
60	1	best_epoch	7
61	1	epochs	8
62	1	seconds	401.245
63	1	device	"cpu"
64	1	mean_distribution	[0.040362, 0.016824, 0.017964, 0.009805, 0.01836, 0.004649, 0.005351, 0.020796, 0.004963, 0.007846, 0.001331, 0.005128, 0.006828, 0.01008, 0.005598, 0.0085, 0.008307, 0.006002, 0.003747, 0.010477, 0.020037, 0.014776, 0.013995, 0.031721, 0.026954, 0.088798, 0.022689, 0.023804, 0.014845, 0.036817, 0.016918, 0.034018, 0.007243, 0.01921, 0.031397, 0.017388, 0.006213, 0.019669, 0.010585, 0.020825, 0.008587, 0.008404, 0.006966, 0.004041, 0.021397, 0.008611, 0.008503, 0.007757, 0.011273, 0.019652, 0.007366, 0.012134, 0.01496, 0.01073, 0.005761, 0.015892, 0.004625, 0.010603, 0.003135, 0.012258, 0.005931, 0.005002, 0.006257, 0.001667, 0.015568, 0.003821, 0.005924, 0.004951, 0.000621, 0.00759, 0.002779, 0.00406, 0.002371, 0.002504, 0.006135, 0.001734, 0.001372, 0.004243, 0.001411, 0.006402, 0.001211, 0.000808, 0.000355, 0.0008, 0.00646, 0.000469, 2.4e-05, 0.001473, 0.001071, 0.003512]
65	28	worker	"vm:17367"
66	28	val_accuracy	0.1336
67	28	val_mae	10.638
68	28	val_mse	261.2996
69	28	test_accuracy	0.1408
70	28	test_mae	10.294
71	28	test_mse	260.8804
72	28	best_epoch	7
73	28	epochs	8
74	28	seconds	401.245
75	28	device	"cpu"
76	28	mean_distribution	[0.040362, 0.016824, 0.017964, 0.009805, 0.01836, 0.004649, 0.005351, 0.020796, 0.004963, 0.007846, 0.001331, 0.005128, 0.006828, 0.01008, 0.005598, 0.0085, 0.008307, 0.006002, 0.003747, 0.010477, 0.020037, 0.014776, 0.013995, 0.031721, 0.026954, 0.088798, 0.022689, 0.023804, 0.014845, 0.036817, 0.016918, 0.034018, 0.007243, 0.01921, 0.031397, 0.017388, 0.006213, 0.019669, 0.010585, 0.020825, 0.008587, 0.008404, 0.006966, 0.004041, 0.021397, 0.008611, 0.008503, 0.007757, 0.011273, 0.019652, 0.007366, 0.012134, 0.01496, 0.01073, 0.005761, 0.015892, 0.004625, 0.010603, 0.003135, 0.012258, 0.005931, 0.005002, 0.006257, 0.001667, 0.015568, 0.003821, 0.005924, 0.004951, 0.000621, 0.00759, 0.002779, 0.00406, 0.002371, 0.002504, 0.006135, 0.001734, 0.001372, 0.004243, 0.001411, 0.006402, 0.001211, 0.000808, 0.000355, 0.0008, 0.00646, 0.000469, 2.4e-05, 0.001473, 0.001071, 0.003512]
77	28	run	0
78	29	worker	"vm:17367"
79	29	val_accuracy	0.1336
80	29	val_mae	10.638
81	29	val_mse	261.2996
82	29	test_accuracy	0.1408
83	29	test_mae	10.294
84	29	test_mse	260.8804
85	29	best_epoch	7
86	29	epochs	8
87	29	seconds	401.245
88	29	device	"cpu"
89	29	mean_distribution	[0.040362, 0.016824, 0.017964, 0.009805, 0.01836, 0.004649, 0.005351, 0.020796, 0.004963, 0.007846, 0.001331, 0.005128, 0.006828, 0.01008, 0.005598, 0.0085, 0.008307, 0.006002, 0.003747, 0.010477, 0.020037, 0.014776, 0.013995, 0.031721, 0.026954, 0.088798, 0.022689, 0.023804, 0.014845, 0.036817, 0.016918, 0.034018, 0.007243, 0.01921, 0.031397, 0.017388, 0.006213, 0.019669, 0.010585, 0.020825, 0.008587, 0.008404, 0.006966, 0.004041, 0.021397, 0.008611, 0.008503, 0.007757, 0.011273, 0.019652, 0.007366, 0.012134, 0.01496, 0.01073, 0.005761, 0.015892, 0.004625, 0.010603, 0.003135, 0.012258, 0.005931, 0.005002, 0.006257, 0.001667, 0.015568, 0.003821, 0.005924, 0.004951, 0.000621, 0.00759, 0.002779, 0.00406, 0.002371, 0.002504, 0.006135, 0.001734, 0.001372, 0.004243, 0.001411, 0.006402, 0.001211, 0.000808, 0.000355, 0.0008, 0.00646, 0.000469, 2.4e-05, 0.001473, 0.001071, 0.003512]
90	29	run	0
91	30	worker	"vm:17367"
92	30	val_accuracy	0.1336
93	30	val_mae	10.638
94	30	val_mse	261.2996
95	30	test_accuracy	0.1408
96	30	test_mae	10.294
97	30	test_mse	260.8804
98	30	best_epoch	7
99	30	epochs	8
100	30	seconds	401.245
101	30	device	"cpu"
102	30	mean_distribution	[0.040362, 0.016824, 0.017964, 0.009805, 0.01836, 0.004649, 0.005351, 0.020796, 0.004963, 0.007846, 0.001331, 0.005128, 0.006828, 0.01008, 0.005598, 0.0085, 0.008307, 0.006002, 0.003747, 0.010477, 0.020037, 0.014776, 0.013995, 0.031721, 0.026954, 0.088798, 0.022689, 0.023804, 0.014845, 0.036817, 0.016918, 0.034018, 0.007243, 0.01921, 0.031397, 0.017388, 0.006213, 0.019669, 0.010585, 0.020825, 0.008587, 0.008404, 0.006966, 0.004041, 0.021397, 0.008611, 0.008503, 0.007757, 0.011273, 0.019652, 0.007366, 0.012134, 0.01496, 0.01073, 0.005761, 0.015892, 0.004625, 0.010603, 0.003135, 0.012258, 0.005931, 0.005002, 0.006257, 0.001667, 0.015568, 0.003821, 0.005924, 0.004951, 0.000621, 0.00759, 0.002779, 0.00406, 0.002371, 0.002504, 0.006135, 0.001734, 0.001372, 0.004243, 0.001411, 0.006402, 0.001211, 0.000808, 0.000355, 0.0008, 0.00646, 0.000469, 2.4e-05, 0.001473, 0.001071, 0.003512]
103	30	run	0
104	4	worker	"vm:17367"
105	3	val_accuracy	0.1452
106	3	val_mae	9.644
107	3	val_mse	214.8352
108	3	test_accuracy	0.1416
109	3	test_mae	9.6876
110	3	test_mse	224.0468
111	3	best_epoch	7
112	3	epochs	8
113	3	seconds	406.961
114	3	device	"cpu"
115	3	mean_distribution	[0.033867, 0.016228, 0.008081, 0.014972, 0.014672, 0.005819, 0.003498, 0.011325, 0.006266, 0.006105, 0.001418, 0.004694, 0.002796, 0.004628, 0.005606, 0.012353, 0.008021, 0.006614, 0.003796, 0.012726, 0.011364, 0.016203, 0.008325, 0.024383, 0.031093, 0.10127, 0.031919, 0.036211, 0.026007, 0.027799, 0.019291, 0.029543, 0.007881, 0.025721, 0.028966, 0.020744, 0.011194, 0.019042, 0.012555, 0.021754, 0.005934, 0.007236, 0.007034, 0.003988, 0.020143, 0.009529, 0.008559, 0.007239, 0.009358, 0.028311, 0.00777, 0.010928, 0.007954, 0.018374, 0.011334, 0.013141, 0.004508, 0.018122, 0.003261, 0.011621, 0.004302, 0.004775, 0.006451, 0.002089, 0.010732, 0.003496, 0.003614, 0.004401, 0.00044, 0.006827, 0.002494, 0.004484, 0.001501, 0.00275, 0.006548, 0.001738, 0.001077, 0.002621, 0.00148, 0.006671, 0.001205, 0.000692, 0.000311, 0.000615, 0.004471, 0.000607, 2e-05, 0.001112, 0.001091, 0.002292]
116	31	worker	"vm:17368"
117	31	val_accuracy	0.1452
118	31	val_mae	9.644
119	31	val_mse	214.8352
120	31	test_accuracy	0.1416
121	31	test_mae	9.6876
122	31	test_mse	224.0468
123	31	best_epoch	7
124	31	epochs	8
125	31	seconds	406.961
126	31	device	"cpu"
127	31	mean_distribution	[0.033867, 0.016228, 0.008081, 0.014972, 0.014672, 0.005819, 0.003498, 0.011325, 0.006266, 0.006105, 0.001418, 0.004694, 0.002796, 0.004628, 0.005606, 0.012353, 0.008021, 0.006614, 0.003796, 0.012726, 0.011364, 0.016203, 0.008325, 0.024383, 0.031093, 0.10127, 0.031919, 0.036211, 0.026007, 0.027799, 0.019291, 0.029543, 0.007881, 0.025721, 0.028966, 0.020744, 0.011194, 0.019042, 0.012555, 0.021754, 0.005934, 0.007236, 0.007034, 0.003988, 0.020143, 0.009529, 0.008559, 0.007239, 0.009358, 0.028311, 0.00777, 0.010928, 0.007954, 0.018374, 0.011334, 0.013141, 0.004508, 0.018122, 0.003261, 0.011621, 0.004302, 0.004775, 0.006451, 0.002089, 0.010732, 0.003496, 0.003614, 0.004401, 0.00044, 0.006827, 0.002494, 0.004484, 0.001501, 0.00275, 0.006548, 0.001738, 0.001077, 0.002621, 0.00148, 0.006671, 0.001205, 0.000692, 0.000311, 0.000615, 0.004471, 0.000607, 2e-05, 0.001112, 0.001091, 0.002292]
128	31	run	2
129	32	worker	"vm:17368"
130	32	val_accuracy	0.1452
131	32	val_mae	9.644
132	32	val_mse	214.8352
133	32	test_accuracy	0.1416
134	32	test_mae	9.6876
135	32	test_mse	224.0468
136	32	best_epoch	7
137	32	epochs	8
138	32	seconds	406.961
139	32	device	"cpu"
140	32	mean_distribution	[0.033867, 0.016228, 0.008081, 0.014972, 0.014672, 0.005819, 0.003498, 0.011325, 0.006266, 0.006105, 0.001418, 0.004694, 0.002796, 0.004628, 0.005606, 0.012353, 0.008021, 0.006614, 0.003796, 0.012726, 0.011364, 0.016203, 0.008325, 0.024383, 0.031093, 0.10127, 0.031919, 0.036211, 0.026007, 0.027799, 0.019291, 0.029543, 0.007881, 0.025721, 0.028966, 0.020744, 0.011194, 0.019042, 0.012555, 0.021754, 0.005934, 0.007236, 0.007034, 0.003988, 0.020143, 0.009529, 0.008559, 0.007239, 0.009358, 0.028311, 0.00777, 0.010928, 0.007954, 0.018374, 0.011334, 0.013141, 0.004508, 0.018122, 0.003261, 0.011621, 0.004302, 0.004775, 0.006451, 0.002089, 0.010732, 0.003496, 0.003614, 0.004401, 0.00044, 0.006827, 0.002494, 0.004484, 0.001501, 0.00275, 0.006548, 0.001738, 0.001077, 0.002621, 0.00148, 0.006671, 0.001205, 0.000692, 0.000311, 0.000615, 0.004471, 0.000607, 2e-05, 0.001112, 0.001091, 0.002292]
141	32	run	2
142	33	worker	"vm:17368"
143	33	val_accuracy	0.1452
144	33	val_mae	9.644
145	33	val_mse	214.8352
146	33	test_accuracy	0.1416
147	33	test_mae	9.6876
148	33	test_mse	224.0468
149	33	best_epoch	7
150	33	epochs	8
151	33	seconds	406.961
152	33	device	"cpu"
153	33	mean_distribution	[0.033867, 0.016228, 0.008081, 0.014972, 0.014672, 0.005819, 0.003498, 0.011325, 0.006266, 0.006105, 0.001418, 0.004694, 0.002796, 0.004628, 0.005606, 0.012353, 0.008021, 0.006614, 0.003796, 0.012726, 0.011364, 0.016203, 0.008325, 0.024383, 0.031093, 0.10127, 0.031919, 0.036211, 0.026007, 0.027799, 0.019291, 0.029543, 0.007881, 0.025721, 0.028966, 0.020744, 0.011194, 0.019042, 0.012555, 0.021754, 0.005934, 0.007236, 0.007034, 0.003988, 0.020143, 0.009529, 0.008559, 0.007239, 0.009358, 0.028311, 0.00777, 0.010928, 0.007954, 0.018374, 0.011334, 0.013141, 0.004508, 0.018122, 0.003261, 0.011621, 0.004302, 0.004775, 0.006451, 0.002089, 0.010732, 0.003496, 0.003614, 0.004401, 0.00044, 0.006827, 0.002494, 0.004484, 0.001501, 0.00275, 0.006548, 0.001738, 0.001077, 0.002621, 0.00148, 0.006671, 0.001205, 0.000692, 0.000311, 0.000615, 0.004471, 0.000607, 2e-05, 0.001112, 0.001091, 0.002292]
154	33	run	2
155	5	worker	"vm:17368"
156	4	val_accuracy	0.1352
157	4	val_mae	10.2172
158	4	val_mse	245.4372
159	4	test_accuracy	0.1416
160	4	test_mae	10.2448
161	4	test_mse	269.6088
162	4	best_epoch	8
163	4	epochs	8
164	4	seconds	464.868
165	4	device	"cpu"
166	4	mean_distribution	[0.042585, 0.020738, 0.013403, 0.005796, 0.007423, 0.005032, 0.004265, 0.008537, 0.007809, 0.005556, 0.000784, 0.004779, 0.002775, 0.006511, 0.002231, 0.007279, 0.009042, 0.008146, 0.003733, 0.009141, 0.016366, 0.014828, 0.021303, 0.027468, 0.028493, 0.095201, 0.018333, 0.02862, 0.017034, 0.050796, 0.015142, 0.03074, 0.008483, 0.028248, 0.031086, 0.014865, 0.009659, 0.018946, 0.011344, 0.018784, 0.005079, 0.00699, 0.003834, 0.003942, 0.012592, 0.006056, 0.009612, 0.006155, 0.004923, 0.020642, 0.007271, 0.020789, 0.015939, 0.017459, 0.008862, 0.01368, 0.004421, 0.017261, 0.002541, 0.017698, 0.00479, 0.003965, 0.005908, 0.00231, 0.018222, 0.005286, 0.003855, 0.0036, 0.000427, 0.010917, 0.002996, 0.003472, 0.001526, 0.003849, 0.00706, 0.00103, 0.001134, 0.003602, 0.000795, 0.009003, 0.000995, 0.00034, 0.000132, 0.000458, 0.011553, 0.000291, 7e-06, 0.001169, 0.000979, 0.00328]
167	34	worker	"vm:17367"
168	34	val_accuracy	0.1352
169	34	val_mae	10.2172
170	34	val_mse	245.4372
171	34	test_accuracy	0.1416
172	34	test_mae	10.2448
173	34	test_mse	269.6088
174	34	best_epoch	8
175	34	epochs	8
176	34	seconds	464.868
177	34	device	"cpu"
178	34	mean_distribution	[0.042585, 0.020738, 0.013403, 0.005796, 0.007423, 0.005032, 0.004265, 0.008537, 0.007809, 0.005556, 0.000784, 0.004779, 0.002775, 0.006511, 0.002231, 0.007279, 0.009042, 0.008146, 0.003733, 0.009141, 0.016366, 0.014828, 0.021303, 0.027468, 0.028493, 0.095201, 0.018333, 0.02862, 0.017034, 0.050796, 0.015142, 0.03074, 0.008483, 0.028248, 0.031086, 0.014865, 0.009659, 0.018946, 0.011344, 0.018784, 0.005079, 0.00699, 0.003834, 0.003942, 0.012592, 0.006056, 0.009612, 0.006155, 0.004923, 0.020642, 0.007271, 0.020789, 0.015939, 0.017459, 0.008862, 0.01368, 0.004421, 0.017261, 0.002541, 0.017698, 0.00479, 0.003965, 0.005908, 0.00231, 0.018222, 0.005286, 0.003855, 0.0036, 0.000427, 0.010917, 0.002996, 0.003472, 0.001526, 0.003849, 0.00706, 0.00103, 0.001134, 0.003602, 0.000795, 0.009003, 0.000995, 0.00034, 0.000132, 0.000458, 0.011553, 0.000291, 7e-06, 0.001169, 0.000979, 0.00328]
179	34	run	3
180	35	worker	"vm:17367"
181	35	val_accuracy	0.1352
182	35	val_mae	10.2172
183	35	val_mse	245.4372
184	35	test_accuracy	0.1416
185	35	test_mae	10.2448
186	35	test_mse	269.6088
187	35	best_epoch	8
188	35	epochs	8
189	35	seconds	464.868
190	35	device	"cpu"
191	35	mean_distribution	[0.042585, 0.020738, 0.013403, 0.005796, 0.007423, 0.005032, 0.004265, 0.008537, 0.007809, 0.005556, 0.000784, 0.004779, 0.002775, 0.006511, 0.002231, 0.007279, 0.009042, 0.008146, 0.003733, 0.009141, 0.016366, 0.014828, 0.021303, 0.027468, 0.028493, 0.095201, 0.018333, 0.02862, 0.017034, 0.050796, 0.015142, 0.03074, 0.008483, 0.028248, 0.031086, 0.014865, 0.009659, 0.018946, 0.011344, 0.018784, 0.005079, 0.00699, 0.003834, 0.003942, 0.012592, 0.006056, 0.009612, 0.006155, 0.004923, 0.020642, 0.007271, 0.020789, 0.015939, 0.017459, 0.008862, 0.01368, 0.004421, 0.017261, 0.002541, 0.017698, 0.00479, 0.003965, 0.005908, 0.00231, 0.018222, 0.005286, 0.003855, 0.0036, 0.000427, 0.010917, 0.002996, 0.003472, 0.001526, 0.003849, 0.00706, 0.00103, 0.001134, 0.003602, 0.000795, 0.009003, 0.000995, 0.00034, 0.000132, 0.000458, 0.011553, 0.000291, 7e-06, 0.001169, 0.000979, 0.00328]
192	35	run	3
193	36	worker	"vm:17367"
194	36	val_accuracy	0.1352
195	36	val_mae	10.2172
196	36	val_mse	245.4372
197	36	test_accuracy	0.1416
198	36	test_mae	10.2448
199	36	test_mse	269.6088
200	36	best_epoch	8
201	36	epochs	8
202	36	seconds	464.868
203	36	device	"cpu"
204	36	mean_distribution	[0.042585, 0.020738, 0.013403, 0.005796, 0.007423, 0.005032, 0.004265, 0.008537, 0.007809, 0.005556, 0.000784, 0.004779, 0.002775, 0.006511, 0.002231, 0.007279, 0.009042, 0.008146, 0.003733, 0.009141, 0.016366, 0.014828, 0.021303, 0.027468, 0.028493, 0.095201, 0.018333, 0.02862, 0.017034, 0.050796, 0.015142, 0.03074, 0.008483, 0.028248, 0.031086, 0.014865, 0.009659, 0.018946, 0.011344, 0.018784, 0.005079, 0.00699, 0.003834, 0.003942, 0.012592, 0.006056, 0.009612, 0.006155, 0.004923, 0.020642, 0.007271, 0.020789, 0.015939, 0.017459, 0.008862, 0.01368, 0.004421, 0.017261, 0.002541, 0.017698, 0.00479, 0.003965, 0.005908, 0.00231, 0.018222, 0.005286, 0.003855, 0.0036, 0.000427, 0.010917, 0.002996, 0.003472, 0.001526, 0.003849, 0.00706, 0.00103, 0.001134, 0.003602, 0.000795, 0.009003, 0.000995, 0.00034, 0.000132, 0.000458, 0.011553, 0.000291, 7e-06, 0.001169, 0.000979, 0.00328]
205	36	run	3
206	6	worker	"vm:17367"
207	5	val_accuracy	0.0964
208	5	val_mae	10.0708
209	5	val_mse	232.1492
210	5	test_accuracy	0.0992
211	5	test_mae	10.022
212	5	test_mse	236.1164
213	5	best_epoch	8
214	5	epochs	8
215	5	seconds	414.114
216	5	device	"cpu"
217	5	mean_distribution	[0.021052, 0.018028, 0.01063, 0.023115, 0.012425, 0.005679, 0.005384, 0.006637, 0.008231, 0.00814, 0.000983, 0.005398, 0.00297, 0.00564, 0.004675, 0.01, 0.006603, 0.009424, 0.003107, 0.007093, 0.008589, 0.017983, 0.009299, 0.017042, 0.025556, 0.062453, 0.015063, 0.01809, 0.020703, 0.053143, 0.015742, 0.034587, 0.01106, 0.020359, 0.027393, 0.023866, 0.008185, 0.036242, 0.015523, 0.016633, 0.008237, 0.009785, 0.009259, 0.00415, 0.028028, 0.009466, 0.009867, 0.007027, 0.007516, 0.025924, 0.007667, 0.015332, 0.011065, 0.021793, 0.009438, 0.014297, 0.008121, 0.017627, 0.003773, 0.011785, 0.006904, 0.006372, 0.007577, 0.002361, 0.026672, 0.005376, 0.004597, 0.006331, 0.000377, 0.008346, 0.002833, 0.002983, 0.001535, 0.003718, 0.004887, 0.0012, 0.001686, 0.004731, 0.001419, 0.007539, 0.00092, 0.000521, 0.000168, 0.000472, 0.011598, 0.000369, 4e-06, 0.000905, 0.000797, 0.003918]
218	37	worker	"vm:17368"
219	37	val_accuracy	0.0964
220	37	val_mae	10.0708
221	37	val_mse	232.1492
222	37	test_accuracy	0.0992
223	37	test_mae	10.022
224	37	test_mse	236.1164
225	37	best_epoch	8
226	37	epochs	8
227	37	seconds	414.114
228	37	device	"cpu"
229	37	mean_distribution	[0.021052, 0.018028, 0.01063, 0.023115, 0.012425, 0.005679, 0.005384, 0.006637, 0.008231, 0.00814, 0.000983, 0.005398, 0.00297, 0.00564, 0.004675, 0.01, 0.006603, 0.009424, 0.003107, 0.007093, 0.008589, 0.017983, 0.009299, 0.017042, 0.025556, 0.062453, 0.015063, 0.01809, 0.020703, 0.053143, 0.015742, 0.034587, 0.01106, 0.020359, 0.027393, 0.023866, 0.008185, 0.036242, 0.015523, 0.016633, 0.008237, 0.009785, 0.009259, 0.00415, 0.028028, 0.009466, 0.009867, 0.007027, 0.007516, 0.025924, 0.007667, 0.015332, 0.011065, 0.021793, 0.009438, 0.014297, 0.008121, 0.017627, 0.003773, 0.011785, 0.006904, 0.006372, 0.007577, 0.002361, 0.026672, 0.005376, 0.004597, 0.006331, 0.000377, 0.008346, 0.002833, 0.002983, 0.001535, 0.003718, 0.004887, 0.0012, 0.001686, 0.004731, 0.001419, 0.007539, 0.00092, 0.000521, 0.000168, 0.000472, 0.011598, 0.000369, 4e-06, 0.000905, 0.000797, 0.003918]
230	37	run	4
231	38	worker	"vm:17368"
232	38	val_accuracy	0.0964
233	38	val_mae	10.0708
234	38	val_mse	232.1492
235	38	test_accuracy	0.0992
236	38	test_mae	10.022
237	38	test_mse	236.1164
238	38	best_epoch	8
239	38	epochs	8
240	38	seconds	414.114
241	38	device	"cpu"
242	38	mean_distribution	[0.021052, 0.018028, 0.01063, 0.023115, 0.012425, 0.005679, 0.005384, 0.006637, 0.008231, 0.00814, 0.000983, 0.005398, 0.00297, 0.00564, 0.004675, 0.01, 0.006603, 0.009424, 0.003107, 0.007093, 0.008589, 0.017983, 0.009299, 0.017042, 0.025556, 0.062453, 0.015063, 0.01809, 0.020703, 0.053143, 0.015742, 0.034587, 0.01106, 0.020359, 0.027393, 0.023866, 0.008185, 0.036242, 0.015523, 0.016633, 0.008237, 0.009785, 0.009259, 0.00415, 0.028028, 0.009466, 0.009867, 0.007027, 0.007516, 0.025924, 0.007667, 0.015332, 0.011065, 0.021793, 0.009438, 0.014297, 0.008121, 0.017627, 0.003773, 0.011785, 0.006904, 0.006372, 0.007577, 0.002361, 0.026672, 0.005376, 0.004597, 0.006331, 0.000377, 0.008346, 0.002833, 0.002983, 0.001535, 0.003718, 0.004887, 0.0012, 0.001686, 0.004731, 0.001419, 0.007539, 0.00092, 0.000521, 0.000168, 0.000472, 0.011598, 0.000369, 4e-06, 0.000905, 0.000797, 0.003918]
243	38	run	4
244	39	worker	"vm:17368"
245	39	val_accuracy	0.0964
246	39	val_mae	10.0708
247	39	val_mse	232.1492
248	39	test_accuracy	0.0992
249	39	test_mae	10.022
250	39	test_mse	236.1164
251	39	best_epoch	8
252	39	epochs	8
253	39	seconds	414.114
254	39	device	"cpu"
255	39	mean_distribution	[0.021052, 0.018028, 0.01063, 0.023115, 0.012425, 0.005679, 0.005384, 0.006637, 0.008231, 0.00814, 0.000983, 0.005398, 0.00297, 0.00564, 0.004675, 0.01, 0.006603, 0.009424, 0.003107, 0.007093, 0.008589, 0.017983, 0.009299, 0.017042, 0.025556, 0.062453, 0.015063, 0.01809, 0.020703, 0.053143, 0.015742, 0.034587, 0.01106, 0.020359, 0.027393, 0.023866, 0.008185, 0.036242, 0.015523, 0.016633, 0.008237, 0.009785, 0.009259, 0.00415, 0.028028, 0.009466, 0.009867, 0.007027, 0.007516, 0.025924, 0.007667, 0.015332, 0.011065, 0.021793, 0.009438, 0.014297, 0.008121, 0.017627, 0.003773, 0.011785, 0.006904, 0.006372, 0.007577, 0.002361, 0.026672, 0.005376, 0.004597, 0.006331, 0.000377, 0.008346, 0.002833, 0.002983, 0.001535, 0.003718, 0.004887, 0.0012, 0.001686, 0.004731, 0.001419, 0.007539, 0.00092, 0.000521, 0.000168, 0.000472, 0.011598, 0.000369, 4e-06, 0.000905, 0.000797, 0.003918]
256	39	run	4
257	7	worker	"vm:17368"
258	6	val_accuracy	0.12
259	6	val_mae	10.1264
260	6	val_mse	253.3272
261	6	test_accuracy	0.1272
262	6	test_mae	9.7964
263	6	test_mse	244.046
264	6	best_epoch	8
265	6	epochs	8
266	6	seconds	388.732
267	6	device	"cpu"
268	6	mean_distribution	[0.040038, 0.024166, 0.013977, 0.020841, 0.009836, 0.00898, 0.003331, 0.011754, 0.005293, 0.007589, 0.001898, 0.004929, 0.001987, 0.003269, 0.005458, 0.011205, 0.006002, 0.005971, 0.006671, 0.015798, 0.021146, 0.017525, 0.030584, 0.056239, 0.06627, 0.100402, 0.021096, 0.026539, 0.018271, 0.030379, 0.017811, 0.015026, 0.011339, 0.022561, 0.033728, 0.015944, 0.011442, 0.018302, 0.008119, 0.016477, 0.005547, 0.008339, 0.005904, 0.002599, 0.011353, 0.006397, 0.007924, 0.006832, 0.005933, 0.015821, 0.006372, 0.006495, 0.009119, 0.012284, 0.00763, 0.008546, 0.003208, 0.0094, 0.003967, 0.008687, 0.003698, 0.00307, 0.003776, 0.001067, 0.011636, 0.00268, 0.004242, 0.003862, 0.000341, 0.006652, 0.003344, 0.003751, 0.001314, 0.00225, 0.004885, 0.001442, 0.000897, 0.002446, 0.001122, 0.003513, 0.001205, 0.000611, 0.000117, 0.000858, 0.006169, 0.000447, 1.8e-05, 0.000998, 0.000648, 0.002389]
269	40	worker	"vm:17367"
270	40	val_accuracy	0.12
271	40	val_mae	10.1264
272	40	val_mse	253.3272
273	40	test_accuracy	0.1272
274	40	test_mae	9.7964
275	40	test_mse	244.046
276	40	best_epoch	8
277	40	epochs	8
278	40	seconds	388.732
279	40	device	"cpu"
280	40	mean_distribution	[0.040038, 0.024166, 0.013977, 0.020841, 0.009836, 0.00898, 0.003331, 0.011754, 0.005293, 0.007589, 0.001898, 0.004929, 0.001987, 0.003269, 0.005458, 0.011205, 0.006002, 0.005971, 0.006671, 0.015798, 0.021146, 0.017525, 0.030584, 0.056239, 0.06627, 0.100402, 0.021096, 0.026539, 0.018271, 0.030379, 0.017811, 0.015026, 0.011339, 0.022561, 0.033728, 0.015944, 0.011442, 0.018302, 0.008119, 0.016477, 0.005547, 0.008339, 0.005904, 0.002599, 0.011353, 0.006397, 0.007924, 0.006832, 0.005933, 0.015821, 0.006372, 0.006495, 0.009119, 0.012284, 0.00763, 0.008546, 0.003208, 0.0094, 0.003967, 0.008687, 0.003698, 0.00307, 0.003776, 0.001067, 0.011636, 0.00268, 0.004242, 0.003862, 0.000341, 0.006652, 0.003344, 0.003751, 0.001314, 0.00225, 0.004885, 0.001442, 0.000897, 0.002446, 0.001122, 0.003513, 0.001205, 0.000611, 0.000117, 0.000858, 0.006169, 0.000447, 1.8e-05, 0.000998, 0.000648, 0.002389]
281	40	run	5
282	41	n	6
283	41	seeds	[0, 1, 2, 3, 4, 5]
284	41	val_accuracy_mean	0.12926666666666667
285	41	val_accuracy_std	0.01858931592788359
286	41	val_mae_mean	10.256733333333333
287	41	val_mae_std	0.4286745649868516
288	41	val_mse_mean	247.56713333333335
289	41	val_mse_std	22.28561662406196
290	41	test_accuracy_mean	0.13086666666666666
291	41	test_accuracy_std	0.016497110858167463
292	41	test_mae_mean	10.090200000000001
293	41	test_mae_std	0.3109631746686413
294	41	test_mse_mean	251.94753333333333
295	41	test_mse_std	20.543569575579284
296	42	worker	"vm:17367"
297	42	val_accuracy	0.12
298	42	val_mae	10.1264
299	42	val_mse	253.3272
300	42	test_accuracy	0.1272
301	42	test_mae	9.7964
302	42	test_mse	244.046
303	42	best_epoch	8
304	42	epochs	8
305	42	seconds	388.732
306	42	device	"cpu"
307	42	mean_distribution	[0.040038, 0.024166, 0.013977, 0.020841, 0.009836, 0.00898, 0.003331, 0.011754, 0.005293, 0.007589, 0.001898, 0.004929, 0.001987, 0.003269, 0.005458, 0.011205, 0.006002, 0.005971, 0.006671, 0.015798, 0.021146, 0.017525, 0.030584, 0.056239, 0.06627, 0.100402, 0.021096, 0.026539, 0.018271, 0.030379, 0.017811, 0.015026, 0.011339, 0.022561, 0.033728, 0.015944, 0.011442, 0.018302, 0.008119, 0.016477, 0.005547, 0.008339, 0.005904, 0.002599, 0.011353, 0.006397, 0.007924, 0.006832, 0.005933, 0.015821, 0.006372, 0.006495, 0.009119, 0.012284, 0.00763, 0.008546, 0.003208, 0.0094, 0.003967, 0.008687, 0.003698, 0.00307, 0.003776, 0.001067, 0.011636, 0.00268, 0.004242, 0.003862, 0.000341, 0.006652, 0.003344, 0.003751, 0.001314, 0.00225, 0.004885, 0.001442, 0.000897, 0.002446, 0.001122, 0.003513, 0.001205, 0.000611, 0.000117, 0.000858, 0.006169, 0.000447, 1.8e-05, 0.000998, 0.000648, 0.002389]
308	42	run	5
309	43	n	6
310	43	seeds	[0, 1, 2, 3, 4, 5]
311	43	val_accuracy_mean	0.12926666666666667
312	43	val_accuracy_std	0.01858931592788359
313	43	val_mae_mean	10.256733333333333
314	43	val_mae_std	0.4286745649868516
315	43	val_mse_mean	247.56713333333335
316	43	val_mse_std	22.28561662406196
317	43	test_accuracy_mean	0.13086666666666666
318	43	test_accuracy_std	0.016497110858167463
319	43	test_mae_mean	10.090200000000001
320	43	test_mae_std	0.3109631746686413
321	43	test_mse_mean	251.94753333333333
322	43	test_mse_std	20.543569575579284
323	44	worker	"vm:17367"
324	44	val_accuracy	0.12
325	44	val_mae	10.1264
326	44	val_mse	253.3272
327	44	test_accuracy	0.1272
328	44	test_mae	9.7964
329	44	test_mse	244.046
330	44	best_epoch	8
331	44	epochs	8
332	44	seconds	388.732
333	44	device	"cpu"
334	44	mean_distribution	[0.040038, 0.024166, 0.013977, 0.020841, 0.009836, 0.00898, 0.003331, 0.011754, 0.005293, 0.007589, 0.001898, 0.004929, 0.001987, 0.003269, 0.005458, 0.011205, 0.006002, 0.005971, 0.006671, 0.015798, 0.021146, 0.017525, 0.030584, 0.056239, 0.06627, 0.100402, 0.021096, 0.026539, 0.018271, 0.030379, 0.017811, 0.015026, 0.011339, 0.022561, 0.033728, 0.015944, 0.011442, 0.018302, 0.008119, 0.016477, 0.005547, 0.008339, 0.005904, 0.002599, 0.011353, 0.006397, 0.007924, 0.006832, 0.005933, 0.015821, 0.006372, 0.006495, 0.009119, 0.012284, 0.00763, 0.008546, 0.003208, 0.0094, 0.003967, 0.008687, 0.003698, 0.00307, 0.003776, 0.001067, 0.011636, 0.00268, 0.004242, 0.003862, 0.000341, 0.006652, 0.003344, 0.003751, 0.001314, 0.00225, 0.004885, 0.001442, 0.000897, 0.002446, 0.001122, 0.003513, 0.001205, 0.000611, 0.000117, 0.000858, 0.006169, 0.000447, 1.8e-05, 0.000998, 0.000648, 0.002389]
335	44	run	5
336	45	n	6
337	45	seeds	[0, 1, 2, 3, 4, 5]
338	45	val_accuracy_mean	0.12926666666666667
339	45	val_accuracy_std	0.01858931592788359
340	45	val_mae_mean	10.256733333333333
341	45	val_mae_std	0.4286745649868516
342	45	val_mse_mean	247.56713333333335
343	45	val_mse_std	22.28561662406196
344	45	test_accuracy_mean	0.13086666666666666
345	45	test_accuracy_std	0.016497110858167463
346	45	test_mae_mean	10.090200000000001
347	45	test_mae_std	0.3109631746686413
348	45	test_mse_mean	251.94753333333333
349	45	test_mse_std	20.543569575579284
350	8	worker	"vm:17367"
351	7	val_accuracy	0.108
352	7	val_mae	9.6452
353	7	val_mse	212.3004
354	7	test_accuracy	0.1092
355	7	test_mae	9.588
356	7	test_mse	223.5408
357	7	best_epoch	8
358	7	epochs	8
359	7	seconds	298.183
360	7	device	"cpu"
361	7	mean_distribution	[0.049708, 0.01761, 4.1e-05, 0.010471, 0.006876, 0.00012, 6e-05, 0.028914, 0.002486, 0.012295, 1.8e-05, 0.00294, 0.002895, 0.001381, 0.000138, 0.017383, 0.001051, 0.010773, 8.3e-05, 0.001044, 0.053841, 9.7e-05, 0.002361, 0.061292, 0.003537, 0.083363, 0.000185, 0.096455, 0.00051, 0.07176, 0.00294, 0.040349, 0.000127, 0.013604, 0.066952, 0.019067, 0.000382, 0.022018, 0.004615, 0.028237, 0.000243, 0.005725, 0.001019, 0.000207, 0.033764, 0.002535, 0.018697, 0.003005, 0.000397, 0.04732, 0.000437, 0.010372, 0.008829, 0.014471, 0.002606, 0.009599, 0.001404, 0.008859, 0.000627, 0.011049, 0.003281, 0.003942, 0.002917, 0.002068, 0.007988, 0.002103, 0.002582, 0.003041, 8.4e-05, 0.009923, 0.002681, 0.003058, 0.00078, 0.00402, 0.00994, 0.000693, 0.00067, 0.002279, 0.000298, 0.006929, 4.8e-05, 0.000349, 8.1e-05, 0.000265, 0.005831, 0.000165, 4.5e-05, 7.1e-05, 0.000893, 0.003828]
362	46	worker	"vm:17368"
363	46	val_accuracy	0.108
364	46	val_mae	9.6452
365	46	val_mse	212.3004
366	46	test_accuracy	0.1092
367	46	test_mae	9.588
368	46	test_mse	223.5408
369	46	best_epoch	8
370	46	epochs	8
371	46	seconds	298.183
372	46	device	"cpu"
373	46	mean_distribution	[0.049708, 0.01761, 4.1e-05, 0.010471, 0.006876, 0.00012, 6e-05, 0.028914, 0.002486, 0.012295, 1.8e-05, 0.00294, 0.002895, 0.001381, 0.000138, 0.017383, 0.001051, 0.010773, 8.3e-05, 0.001044, 0.053841, 9.7e-05, 0.002361, 0.061292, 0.003537, 0.083363, 0.000185, 0.096455, 0.00051, 0.07176, 0.00294, 0.040349, 0.000127, 0.013604, 0.066952, 0.019067, 0.000382, 0.022018, 0.004615, 0.028237, 0.000243, 0.005725, 0.001019, 0.000207, 0.033764, 0.002535, 0.018697, 0.003005, 0.000397, 0.04732, 0.000437, 0.010372, 0.008829, 0.014471, 0.002606, 0.009599, 0.001404, 0.008859, 0.000627, 0.011049, 0.003281, 0.003942, 0.002917, 0.002068, 0.007988, 0.002103, 0.002582, 0.003041, 8.4e-05, 0.009923, 0.002681, 0.003058, 0.00078, 0.00402, 0.00994, 0.000693, 0.00067, 0.002279, 0.000298, 0.006929, 4.8e-05, 0.000349, 8.1e-05, 0.000265, 0.005831, 0.000165, 4.5e-05, 7.1e-05, 0.000893, 0.003828]
374	46	run	6
375	47	worker	"vm:17368"
376	47	val_accuracy	0.108
377	47	val_mae	9.6452
378	47	val_mse	212.3004
379	47	test_accuracy	0.1092
380	47	test_mae	9.588
381	47	test_mse	223.5408
382	47	best_epoch	8
383	47	epochs	8
384	47	seconds	298.183
385	47	device	"cpu"
386	47	mean_distribution	[0.049708, 0.01761, 4.1e-05, 0.010471, 0.006876, 0.00012, 6e-05, 0.028914, 0.002486, 0.012295, 1.8e-05, 0.00294, 0.002895, 0.001381, 0.000138, 0.017383, 0.001051, 0.010773, 8.3e-05, 0.001044, 0.053841, 9.7e-05, 0.002361, 0.061292, 0.003537, 0.083363, 0.000185, 0.096455, 0.00051, 0.07176, 0.00294, 0.040349, 0.000127, 0.013604, 0.066952, 0.019067, 0.000382, 0.022018, 0.004615, 0.028237, 0.000243, 0.005725, 0.001019, 0.000207, 0.033764, 0.002535, 0.018697, 0.003005, 0.000397, 0.04732, 0.000437, 0.010372, 0.008829, 0.014471, 0.002606, 0.009599, 0.001404, 0.008859, 0.000627, 0.011049, 0.003281, 0.003942, 0.002917, 0.002068, 0.007988, 0.002103, 0.002582, 0.003041, 8.4e-05, 0.009923, 0.002681, 0.003058, 0.00078, 0.00402, 0.00994, 0.000693, 0.00067, 0.002279, 0.000298, 0.006929, 4.8e-05, 0.000349, 8.1e-05, 0.000265, 0.005831, 0.000165, 4.5e-05, 7.1e-05, 0.000893, 0.003828]
387	47	run	6
388	48	worker	"vm:17368"
389	48	val_accuracy	0.108
390	48	val_mae	9.6452
391	48	val_mse	212.3004
392	48	test_accuracy	0.1092
393	48	test_mae	9.588
394	48	test_mse	223.5408
395	48	best_epoch	8
396	48	epochs	8
397	48	seconds	298.183
398	48	device	"cpu"
399	48	mean_distribution	[0.049708, 0.01761, 4.1e-05, 0.010471, 0.006876, 0.00012, 6e-05, 0.028914, 0.002486, 0.012295, 1.8e-05, 0.00294, 0.002895, 0.001381, 0.000138, 0.017383, 0.001051, 0.010773, 8.3e-05, 0.001044, 0.053841, 9.7e-05, 0.002361, 0.061292, 0.003537, 0.083363, 0.000185, 0.096455, 0.00051, 0.07176, 0.00294, 0.040349, 0.000127, 0.013604, 0.066952, 0.019067, 0.000382, 0.022018, 0.004615, 0.028237, 0.000243, 0.005725, 0.001019, 0.000207, 0.033764, 0.002535, 0.018697, 0.003005, 0.000397, 0.04732, 0.000437, 0.010372, 0.008829, 0.014471, 0.002606, 0.009599, 0.001404, 0.008859, 0.000627, 0.011049, 0.003281, 0.003942, 0.002917, 0.002068, 0.007988, 0.002103, 0.002582, 0.003041, 8.4e-05, 0.009923, 0.002681, 0.003058, 0.00078, 0.00402, 0.00994, 0.000693, 0.00067, 0.002279, 0.000298, 0.006929, 4.8e-05, 0.000349, 8.1e-05, 0.000265, 0.005831, 0.000165, 4.5e-05, 7.1e-05, 0.000893, 0.003828]
400	48	run	6
401	9	worker	"vm:17368"
402	8	val_accuracy	0.1356
403	8	val_mae	10.6216
404	8	val_mse	252.6088
405	8	test_accuracy	0.1372
406	8	test_mae	10.4392
407	8	test_mse	256.9344
408	8	best_epoch	6
409	8	epochs	8
410	8	seconds	313.242
411	8	device	"cpu"
679	65	epochs	8
680	65	seconds	172.143
681	65	device	"cpu"
1053	19	best_epoch	7
1054	19	epochs	8
1055	19	seconds	109.71
1056	19	device	"cpu"
1251	23	val_accuracy	0.1084
1252	23	val_mae	9.244
1253	23	val_mse	193.1712
412	8	mean_distribution	[0.045202, 0.000303, 0.000417, 0.03201, 0.000252, 0.000313, 0.002634, 0.013363, 0.008505, 0.003667, 0.00017, 0.004998, 0.003531, 0.003709, 0.000383, 0.019741, 0.00685, 0.004314, 0.000134, 0.00617, 0.009298, 0.035385, 0.001457, 0.027195, 0.020172, 0.177843, 0.000367, 0.031795, 0.000969, 0.07237, 0.0078, 0.051946, 0.000128, 0.01415, 0.07207, 0.009164, 0.000901, 0.014127, 0.00458, 0.035135, 0.002395, 0.002702, 0.001166, 0.003582, 0.044242, 0.005383, 0.009941, 0.011975, 0.003003, 0.027839, 0.001291, 0.00619, 0.021858, 0.013331, 0.003994, 0.00552, 0.002786, 0.009745, 0.00355, 0.009836, 0.003894, 0.00249, 0.002875, 0.002471, 0.010203, 0.001946, 0.00399, 0.001489, 0.000445, 0.004724, 0.001639, 0.003404, 0.000752, 0.000937, 0.004241, 0.000953, 0.000608, 0.001635, 0.001805, 0.005761, 0.000857, 0.00037, 6e-05, 0.000292, 0.005337, 0.000121, 8.1e-05, 0.000158, 0.000368, 0.002249]
413	49	worker	"vm:17367"
414	49	val_accuracy	0.1356
415	49	val_mae	10.6216
416	49	val_mse	252.6088
417	49	test_accuracy	0.1372
418	49	test_mae	10.4392
419	49	test_mse	256.9344
420	49	best_epoch	6
421	49	epochs	8
422	49	seconds	313.242
423	49	device	"cpu"
424	49	mean_distribution	[0.045202, 0.000303, 0.000417, 0.03201, 0.000252, 0.000313, 0.002634, 0.013363, 0.008505, 0.003667, 0.00017, 0.004998, 0.003531, 0.003709, 0.000383, 0.019741, 0.00685, 0.004314, 0.000134, 0.00617, 0.009298, 0.035385, 0.001457, 0.027195, 0.020172, 0.177843, 0.000367, 0.031795, 0.000969, 0.07237, 0.0078, 0.051946, 0.000128, 0.01415, 0.07207, 0.009164, 0.000901, 0.014127, 0.00458, 0.035135, 0.002395, 0.002702, 0.001166, 0.003582, 0.044242, 0.005383, 0.009941, 0.011975, 0.003003, 0.027839, 0.001291, 0.00619, 0.021858, 0.013331, 0.003994, 0.00552, 0.002786, 0.009745, 0.00355, 0.009836, 0.003894, 0.00249, 0.002875, 0.002471, 0.010203, 0.001946, 0.00399, 0.001489, 0.000445, 0.004724, 0.001639, 0.003404, 0.000752, 0.000937, 0.004241, 0.000953, 0.000608, 0.001635, 0.001805, 0.005761, 0.000857, 0.00037, 6e-05, 0.000292, 0.005337, 0.000121, 8.1e-05, 0.000158, 0.000368, 0.002249]
425	49	run	7
426	50	worker	"vm:17367"
427	50	val_accuracy	0.1356
428	50	val_mae	10.6216
429	50	val_mse	252.6088
430	50	test_accuracy	0.1372
431	50	test_mae	10.4392
432	50	test_mse	256.9344
433	50	best_epoch	6
434	50	epochs	8
435	50	seconds	313.242
436	50	device	"cpu"
437	50	mean_distribution	[0.045202, 0.000303, 0.000417, 0.03201, 0.000252, 0.000313, 0.002634, 0.013363, 0.008505, 0.003667, 0.00017, 0.004998, 0.003531, 0.003709, 0.000383, 0.019741, 0.00685, 0.004314, 0.000134, 0.00617, 0.009298, 0.035385, 0.001457, 0.027195, 0.020172, 0.177843, 0.000367, 0.031795, 0.000969, 0.07237, 0.0078, 0.051946, 0.000128, 0.01415, 0.07207, 0.009164, 0.000901, 0.014127, 0.00458, 0.035135, 0.002395, 0.002702, 0.001166, 0.003582, 0.044242, 0.005383, 0.009941, 0.011975, 0.003003, 0.027839, 0.001291, 0.00619, 0.021858, 0.013331, 0.003994, 0.00552, 0.002786, 0.009745, 0.00355, 0.009836, 0.003894, 0.00249, 0.002875, 0.002471, 0.010203, 0.001946, 0.00399, 0.001489, 0.000445, 0.004724, 0.001639, 0.003404, 0.000752, 0.000937, 0.004241, 0.000953, 0.000608, 0.001635, 0.001805, 0.005761, 0.000857, 0.00037, 6e-05, 0.000292, 0.005337, 0.000121, 8.1e-05, 0.000158, 0.000368, 0.002249]
438	50	run	7
439	51	worker	"vm:17367"
440	51	val_accuracy	0.1356
441	51	val_mae	10.6216
442	51	val_mse	252.6088
443	51	test_accuracy	0.1372
444	51	test_mae	10.4392
445	51	test_mse	256.9344
446	51	best_epoch	6
447	51	epochs	8
448	51	seconds	313.242
449	51	device	"cpu"
450	51	mean_distribution	[0.045202, 0.000303, 0.000417, 0.03201, 0.000252, 0.000313, 0.002634, 0.013363, 0.008505, 0.003667, 0.00017, 0.004998, 0.003531, 0.003709, 0.000383, 0.019741, 0.00685, 0.004314, 0.000134, 0.00617, 0.009298, 0.035385, 0.001457, 0.027195, 0.020172, 0.177843, 0.000367, 0.031795, 0.000969, 0.07237, 0.0078, 0.051946, 0.000128, 0.01415, 0.07207, 0.009164, 0.000901, 0.014127, 0.00458, 0.035135, 0.002395, 0.002702, 0.001166, 0.003582, 0.044242, 0.005383, 0.009941, 0.011975, 0.003003, 0.027839, 0.001291, 0.00619, 0.021858, 0.013331, 0.003994, 0.00552, 0.002786, 0.009745, 0.00355, 0.009836, 0.003894, 0.00249, 0.002875, 0.002471, 0.010203, 0.001946, 0.00399, 0.001489, 0.000445, 0.004724, 0.001639, 0.003404, 0.000752, 0.000937, 0.004241, 0.000953, 0.000608, 0.001635, 0.001805, 0.005761, 0.000857, 0.00037, 6e-05, 0.000292, 0.005337, 0.000121, 8.1e-05, 0.000158, 0.000368, 0.002249]
451	51	run	7
452	10	worker	"vm:17367"
453	9	val_accuracy	0.1352
454	9	val_mae	9.2844
455	9	val_mse	196.4164
456	9	test_accuracy	0.1332
457	9	test_mae	9.382
458	9	test_mse	220.0436
459	9	best_epoch	6
460	9	epochs	8
461	9	seconds	381.142
462	9	device	"cpu"
463	9	mean_distribution	[0.062943, 0.011933, 0.000102, 0.006526, 0.015171, 0.003815, 0.000178, 0.010269, 0.006746, 0.001716, 4.2e-05, 0.003939, 0.006475, 0.000707, 0.004286, 0.006549, 0.004834, 0.005519, 4.1e-05, 0.004072, 0.017892, 0.000101, 0.02171, 0.01716, 0.010788, 0.122948, 0.000657, 0.016738, 0.00396, 0.084098, 0.009837, 0.046642, 0.000215, 0.007755, 0.079909, 0.017719, 0.002934, 0.008996, 0.009161, 0.047817, 0.00056, 0.003803, 0.00572, 0.00073, 0.046682, 0.003343, 0.00966, 0.004098, 0.00234, 0.027239, 0.008816, 0.007891, 0.013146, 0.022259, 0.007869, 0.010732, 0.001911, 0.019948, 0.001616, 0.011571, 0.008699, 0.001939, 0.004214, 0.002143, 0.011746, 0.002712, 0.004414, 0.003791, 0.000467, 0.010664, 0.001709, 0.007288, 0.000605, 0.001689, 0.007829, 0.001206, 0.000813, 0.005663, 0.000826, 0.012297, 0.00032, 0.000319, 0.000157, 0.000195, 0.009048, 0.000151, 5.8e-05, 0.001164, 0.001185, 0.003856]
464	52	worker	"vm:17368"
465	52	val_accuracy	0.1352
466	52	val_mae	9.2844
467	52	val_mse	196.4164
468	52	test_accuracy	0.1332
469	52	test_mae	9.382
470	52	test_mse	220.0436
471	52	best_epoch	6
472	52	epochs	8
473	52	seconds	381.142
474	52	device	"cpu"
958	18	test_mae	9.0592
959	18	test_mse	200.1104
960	18	best_epoch	8
961	18	epochs	8
475	52	mean_distribution	[0.062943, 0.011933, 0.000102, 0.006526, 0.015171, 0.003815, 0.000178, 0.010269, 0.006746, 0.001716, 4.2e-05, 0.003939, 0.006475, 0.000707, 0.004286, 0.006549, 0.004834, 0.005519, 4.1e-05, 0.004072, 0.017892, 0.000101, 0.02171, 0.01716, 0.010788, 0.122948, 0.000657, 0.016738, 0.00396, 0.084098, 0.009837, 0.046642, 0.000215, 0.007755, 0.079909, 0.017719, 0.002934, 0.008996, 0.009161, 0.047817, 0.00056, 0.003803, 0.00572, 0.00073, 0.046682, 0.003343, 0.00966, 0.004098, 0.00234, 0.027239, 0.008816, 0.007891, 0.013146, 0.022259, 0.007869, 0.010732, 0.001911, 0.019948, 0.001616, 0.011571, 0.008699, 0.001939, 0.004214, 0.002143, 0.011746, 0.002712, 0.004414, 0.003791, 0.000467, 0.010664, 0.001709, 0.007288, 0.000605, 0.001689, 0.007829, 0.001206, 0.000813, 0.005663, 0.000826, 0.012297, 0.00032, 0.000319, 0.000157, 0.000195, 0.009048, 0.000151, 5.8e-05, 0.001164, 0.001185, 0.003856]
476	52	run	8
477	53	worker	"vm:17368"
478	53	val_accuracy	0.1352
479	53	val_mae	9.2844
480	53	val_mse	196.4164
481	53	test_accuracy	0.1332
482	53	test_mae	9.382
483	53	test_mse	220.0436
484	53	best_epoch	6
485	53	epochs	8
486	53	seconds	381.142
487	53	device	"cpu"
488	53	mean_distribution	[0.062943, 0.011933, 0.000102, 0.006526, 0.015171, 0.003815, 0.000178, 0.010269, 0.006746, 0.001716, 4.2e-05, 0.003939, 0.006475, 0.000707, 0.004286, 0.006549, 0.004834, 0.005519, 4.1e-05, 0.004072, 0.017892, 0.000101, 0.02171, 0.01716, 0.010788, 0.122948, 0.000657, 0.016738, 0.00396, 0.084098, 0.009837, 0.046642, 0.000215, 0.007755, 0.079909, 0.017719, 0.002934, 0.008996, 0.009161, 0.047817, 0.00056, 0.003803, 0.00572, 0.00073, 0.046682, 0.003343, 0.00966, 0.004098, 0.00234, 0.027239, 0.008816, 0.007891, 0.013146, 0.022259, 0.007869, 0.010732, 0.001911, 0.019948, 0.001616, 0.011571, 0.008699, 0.001939, 0.004214, 0.002143, 0.011746, 0.002712, 0.004414, 0.003791, 0.000467, 0.010664, 0.001709, 0.007288, 0.000605, 0.001689, 0.007829, 0.001206, 0.000813, 0.005663, 0.000826, 0.012297, 0.00032, 0.000319, 0.000157, 0.000195, 0.009048, 0.000151, 5.8e-05, 0.001164, 0.001185, 0.003856]
489	53	run	8
490	54	worker	"vm:17368"
491	54	val_accuracy	0.1352
492	54	val_mae	9.2844
493	54	val_mse	196.4164
494	54	test_accuracy	0.1332
495	54	test_mae	9.382
496	54	test_mse	220.0436
497	54	best_epoch	6
498	54	epochs	8
499	54	seconds	381.142
500	54	device	"cpu"
501	54	mean_distribution	[0.062943, 0.011933, 0.000102, 0.006526, 0.015171, 0.003815, 0.000178, 0.010269, 0.006746, 0.001716, 4.2e-05, 0.003939, 0.006475, 0.000707, 0.004286, 0.006549, 0.004834, 0.005519, 4.1e-05, 0.004072, 0.017892, 0.000101, 0.02171, 0.01716, 0.010788, 0.122948, 0.000657, 0.016738, 0.00396, 0.084098, 0.009837, 0.046642, 0.000215, 0.007755, 0.079909, 0.017719, 0.002934, 0.008996, 0.009161, 0.047817, 0.00056, 0.003803, 0.00572, 0.00073, 0.046682, 0.003343, 0.00966, 0.004098, 0.00234, 0.027239, 0.008816, 0.007891, 0.013146, 0.022259, 0.007869, 0.010732, 0.001911, 0.019948, 0.001616, 0.011571, 0.008699, 0.001939, 0.004214, 0.002143, 0.011746, 0.002712, 0.004414, 0.003791, 0.000467, 0.010664, 0.001709, 0.007288, 0.000605, 0.001689, 0.007829, 0.001206, 0.000813, 0.005663, 0.000826, 0.012297, 0.00032, 0.000319, 0.000157, 0.000195, 0.009048, 0.000151, 5.8e-05, 0.001164, 0.001185, 0.003856]
502	54	run	8
503	11	worker	"vm:17368"
504	10	val_accuracy	0.1448
505	10	val_mae	9.4028
506	10	val_mse	203.4812
507	10	test_accuracy	0.1468
508	10	test_mae	9.6188
509	10	test_mse	224.9052
510	10	best_epoch	6
511	10	epochs	8
512	10	seconds	349.801
513	10	device	"cpu"
514	10	mean_distribution	[0.043384, 0.013602, 6.3e-05, 0.011027, 0.000465, 0.006248, 0.000667, 0.029468, 0.003352, 0.002994, 7.6e-05, 0.010684, 0.000492, 0.002324, 3.4e-05, 0.019608, 0.000209, 0.005567, 4.9e-05, 0.000901, 0.017106, 0.005024, 6.7e-05, 0.021921, 0.000934, 0.254746, 0.000524, 0.010309, 0.003281, 0.03481, 0.002719, 0.022762, 0.000195, 0.001577, 0.041259, 0.004275, 0.000108, 0.014131, 0.004748, 0.033774, 0.000504, 0.004005, 0.002844, 0.000887, 0.043958, 0.005709, 0.00374, 0.000535, 0.006121, 0.050708, 0.012697, 0.003828, 0.026131, 0.037167, 0.014131, 0.011338, 0.006899, 0.01658, 0.003796, 0.020839, 0.004399, 0.000496, 0.005622, 0.000475, 0.016144, 0.00141, 0.001107, 0.006175, 0.000138, 0.011606, 0.00226, 0.003253, 0.00085, 0.002307, 0.014179, 0.001335, 0.000372, 0.001974, 0.000493, 0.014282, 0.000601, 0.000128, 7e-06, 4.7e-05, 0.00561, 0.000105, 3.2e-05, 0.000298, 0.000456, 0.005941]
515	55	worker	"vm:17367"
516	55	val_accuracy	0.1448
517	55	val_mae	9.4028
518	55	val_mse	203.4812
519	55	test_accuracy	0.1468
520	55	test_mae	9.6188
521	55	test_mse	224.9052
522	55	best_epoch	6
523	55	epochs	8
524	55	seconds	349.801
525	55	device	"cpu"
526	55	mean_distribution	[0.043384, 0.013602, 6.3e-05, 0.011027, 0.000465, 0.006248, 0.000667, 0.029468, 0.003352, 0.002994, 7.6e-05, 0.010684, 0.000492, 0.002324, 3.4e-05, 0.019608, 0.000209, 0.005567, 4.9e-05, 0.000901, 0.017106, 0.005024, 6.7e-05, 0.021921, 0.000934, 0.254746, 0.000524, 0.010309, 0.003281, 0.03481, 0.002719, 0.022762, 0.000195, 0.001577, 0.041259, 0.004275, 0.000108, 0.014131, 0.004748, 0.033774, 0.000504, 0.004005, 0.002844, 0.000887, 0.043958, 0.005709, 0.00374, 0.000535, 0.006121, 0.050708, 0.012697, 0.003828, 0.026131, 0.037167, 0.014131, 0.011338, 0.006899, 0.01658, 0.003796, 0.020839, 0.004399, 0.000496, 0.005622, 0.000475, 0.016144, 0.00141, 0.001107, 0.006175, 0.000138, 0.011606, 0.00226, 0.003253, 0.00085, 0.002307, 0.014179, 0.001335, 0.000372, 0.001974, 0.000493, 0.014282, 0.000601, 0.000128, 7e-06, 4.7e-05, 0.00561, 0.000105, 3.2e-05, 0.000298, 0.000456, 0.005941]
527	55	run	9
528	56	worker	"vm:17367"
529	56	val_accuracy	0.1448
530	56	val_mae	9.4028
531	56	val_mse	203.4812
532	56	test_accuracy	0.1468
533	56	test_mae	9.6188
534	56	test_mse	224.9052
535	56	best_epoch	6
536	56	epochs	8
537	56	seconds	349.801
538	56	device	"cpu"
962	18	seconds	95.418
963	18	device	"cpu"
1154	21	test_mse	198.464
539	56	mean_distribution	[0.043384, 0.013602, 6.3e-05, 0.011027, 0.000465, 0.006248, 0.000667, 0.029468, 0.003352, 0.002994, 7.6e-05, 0.010684, 0.000492, 0.002324, 3.4e-05, 0.019608, 0.000209, 0.005567, 4.9e-05, 0.000901, 0.017106, 0.005024, 6.7e-05, 0.021921, 0.000934, 0.254746, 0.000524, 0.010309, 0.003281, 0.03481, 0.002719, 0.022762, 0.000195, 0.001577, 0.041259, 0.004275, 0.000108, 0.014131, 0.004748, 0.033774, 0.000504, 0.004005, 0.002844, 0.000887, 0.043958, 0.005709, 0.00374, 0.000535, 0.006121, 0.050708, 0.012697, 0.003828, 0.026131, 0.037167, 0.014131, 0.011338, 0.006899, 0.01658, 0.003796, 0.020839, 0.004399, 0.000496, 0.005622, 0.000475, 0.016144, 0.00141, 0.001107, 0.006175, 0.000138, 0.011606, 0.00226, 0.003253, 0.00085, 0.002307, 0.014179, 0.001335, 0.000372, 0.001974, 0.000493, 0.014282, 0.000601, 0.000128, 7e-06, 4.7e-05, 0.00561, 0.000105, 3.2e-05, 0.000298, 0.000456, 0.005941]
540	56	run	9
541	57	worker	"vm:17367"
542	57	val_accuracy	0.1448
543	57	val_mae	9.4028
544	57	val_mse	203.4812
545	57	test_accuracy	0.1468
546	57	test_mae	9.6188
547	57	test_mse	224.9052
548	57	best_epoch	6
549	57	epochs	8
550	57	seconds	349.801
551	57	device	"cpu"
552	57	mean_distribution	[0.043384, 0.013602, 6.3e-05, 0.011027, 0.000465, 0.006248, 0.000667, 0.029468, 0.003352, 0.002994, 7.6e-05, 0.010684, 0.000492, 0.002324, 3.4e-05, 0.019608, 0.000209, 0.005567, 4.9e-05, 0.000901, 0.017106, 0.005024, 6.7e-05, 0.021921, 0.000934, 0.254746, 0.000524, 0.010309, 0.003281, 0.03481, 0.002719, 0.022762, 0.000195, 0.001577, 0.041259, 0.004275, 0.000108, 0.014131, 0.004748, 0.033774, 0.000504, 0.004005, 0.002844, 0.000887, 0.043958, 0.005709, 0.00374, 0.000535, 0.006121, 0.050708, 0.012697, 0.003828, 0.026131, 0.037167, 0.014131, 0.011338, 0.006899, 0.01658, 0.003796, 0.020839, 0.004399, 0.000496, 0.005622, 0.000475, 0.016144, 0.00141, 0.001107, 0.006175, 0.000138, 0.011606, 0.00226, 0.003253, 0.00085, 0.002307, 0.014179, 0.001335, 0.000372, 0.001974, 0.000493, 0.014282, 0.000601, 0.000128, 7e-06, 4.7e-05, 0.00561, 0.000105, 3.2e-05, 0.000298, 0.000456, 0.005941]
553	57	run	9
554	12	worker	"vm:17367"
555	11	val_accuracy	0.09
556	11	val_mae	10.1624
557	11	val_mse	235.9224
558	11	test_accuracy	0.0924
559	11	test_mae	9.964
560	11	test_mse	236.332
561	11	best_epoch	7
562	11	epochs	8
563	11	seconds	175.148
564	11	device	"cpu"
565	11	mean_distribution	[0.031033, 0.007512, 3.6e-05, 0.062021, 0.008715, 0.000195, 0.002814, 0.013395, 0.010337, 0.006339, 0.00019, 0.006347, 0.001535, 0.007292, 0.002708, 0.009306, 0.011015, 5.8e-05, 6.2e-05, 0.030147, 0.028991, 0.031214, 7.1e-05, 0.045982, 0.001759, 0.081295, 0.00018, 0.015246, 0.001543, 0.108322, 0.000681, 0.035406, 7.8e-05, 0.006188, 0.104545, 0.007986, 0.000976, 0.016849, 0.007191, 0.029909, 0.000256, 0.003252, 0.002346, 0.000268, 0.023536, 0.006798, 0.00355, 0.003643, 0.000711, 0.031296, 0.001538, 0.004943, 0.013678, 0.023672, 0.004469, 0.012412, 0.000953, 0.020157, 0.000719, 0.012476, 0.005863, 0.001408, 0.005463, 0.00028, 0.008862, 0.001447, 0.003473, 0.004291, 0.000103, 0.012709, 0.00175, 0.004456, 0.000879, 0.00339, 0.0078, 0.000887, 0.001776, 0.003911, 0.000861, 0.008076, 0.000286, 0.00024, 1.9e-05, 0.000717, 0.008623, 7e-05, 1.8e-05, 0.000385, 0.004448, 0.001364]
566	58	worker	"vm:17368"
567	58	val_accuracy	0.09
568	58	val_mae	10.1624
569	58	val_mse	235.9224
570	58	test_accuracy	0.0924
571	58	test_mae	9.964
572	58	test_mse	236.332
573	58	best_epoch	7
574	58	epochs	8
575	58	seconds	175.148
576	58	device	"cpu"
577	58	mean_distribution	[0.031033, 0.007512, 3.6e-05, 0.062021, 0.008715, 0.000195, 0.002814, 0.013395, 0.010337, 0.006339, 0.00019, 0.006347, 0.001535, 0.007292, 0.002708, 0.009306, 0.011015, 5.8e-05, 6.2e-05, 0.030147, 0.028991, 0.031214, 7.1e-05, 0.045982, 0.001759, 0.081295, 0.00018, 0.015246, 0.001543, 0.108322, 0.000681, 0.035406, 7.8e-05, 0.006188, 0.104545, 0.007986, 0.000976, 0.016849, 0.007191, 0.029909, 0.000256, 0.003252, 0.002346, 0.000268, 0.023536, 0.006798, 0.00355, 0.003643, 0.000711, 0.031296, 0.001538, 0.004943, 0.013678, 0.023672, 0.004469, 0.012412, 0.000953, 0.020157, 0.000719, 0.012476, 0.005863, 0.001408, 0.005463, 0.00028, 0.008862, 0.001447, 0.003473, 0.004291, 0.000103, 0.012709, 0.00175, 0.004456, 0.000879, 0.00339, 0.0078, 0.000887, 0.001776, 0.003911, 0.000861, 0.008076, 0.000286, 0.00024, 1.9e-05, 0.000717, 0.008623, 7e-05, 1.8e-05, 0.000385, 0.004448, 0.001364]
578	58	run	10
579	59	worker	"vm:17368"
580	59	val_accuracy	0.09
581	59	val_mae	10.1624
582	59	val_mse	235.9224
583	59	test_accuracy	0.0924
584	59	test_mae	9.964
585	59	test_mse	236.332
586	59	best_epoch	7
587	59	epochs	8
588	59	seconds	175.148
589	59	device	"cpu"
590	59	mean_distribution	[0.031033, 0.007512, 3.6e-05, 0.062021, 0.008715, 0.000195, 0.002814, 0.013395, 0.010337, 0.006339, 0.00019, 0.006347, 0.001535, 0.007292, 0.002708, 0.009306, 0.011015, 5.8e-05, 6.2e-05, 0.030147, 0.028991, 0.031214, 7.1e-05, 0.045982, 0.001759, 0.081295, 0.00018, 0.015246, 0.001543, 0.108322, 0.000681, 0.035406, 7.8e-05, 0.006188, 0.104545, 0.007986, 0.000976, 0.016849, 0.007191, 0.029909, 0.000256, 0.003252, 0.002346, 0.000268, 0.023536, 0.006798, 0.00355, 0.003643, 0.000711, 0.031296, 0.001538, 0.004943, 0.013678, 0.023672, 0.004469, 0.012412, 0.000953, 0.020157, 0.000719, 0.012476, 0.005863, 0.001408, 0.005463, 0.00028, 0.008862, 0.001447, 0.003473, 0.004291, 0.000103, 0.012709, 0.00175, 0.004456, 0.000879, 0.00339, 0.0078, 0.000887, 0.001776, 0.003911, 0.000861, 0.008076, 0.000286, 0.00024, 1.9e-05, 0.000717, 0.008623, 7e-05, 1.8e-05, 0.000385, 0.004448, 0.001364]
591	59	run	10
592	60	worker	"vm:17368"
593	60	val_accuracy	0.09
594	60	val_mae	10.1624
595	60	val_mse	235.9224
596	60	test_accuracy	0.0924
597	60	test_mae	9.964
598	60	test_mse	236.332
599	60	best_epoch	7
600	60	epochs	8
601	60	seconds	175.148
602	60	device	"cpu"
1040	87	test_accuracy_mean	0.1322
1041	87	test_accuracy_std	0.018465535464751624
603	60	mean_distribution	[0.031033, 0.007512, 3.6e-05, 0.062021, 0.008715, 0.000195, 0.002814, 0.013395, 0.010337, 0.006339, 0.00019, 0.006347, 0.001535, 0.007292, 0.002708, 0.009306, 0.011015, 5.8e-05, 6.2e-05, 0.030147, 0.028991, 0.031214, 7.1e-05, 0.045982, 0.001759, 0.081295, 0.00018, 0.015246, 0.001543, 0.108322, 0.000681, 0.035406, 7.8e-05, 0.006188, 0.104545, 0.007986, 0.000976, 0.016849, 0.007191, 0.029909, 0.000256, 0.003252, 0.002346, 0.000268, 0.023536, 0.006798, 0.00355, 0.003643, 0.000711, 0.031296, 0.001538, 0.004943, 0.013678, 0.023672, 0.004469, 0.012412, 0.000953, 0.020157, 0.000719, 0.012476, 0.005863, 0.001408, 0.005463, 0.00028, 0.008862, 0.001447, 0.003473, 0.004291, 0.000103, 0.012709, 0.00175, 0.004456, 0.000879, 0.00339, 0.0078, 0.000887, 0.001776, 0.003911, 0.000861, 0.008076, 0.000286, 0.00024, 1.9e-05, 0.000717, 0.008623, 7e-05, 1.8e-05, 0.000385, 0.004448, 0.001364]
604	60	run	10
605	13	worker	"vm:17368"
606	12	val_accuracy	0.13
607	12	val_mae	9.4548
608	12	val_mse	196.854
609	12	test_accuracy	0.1344
610	12	test_mae	9.47
611	12	test_mse	208.294
612	12	best_epoch	7
613	12	epochs	8
614	12	seconds	172.143
615	12	device	"cpu"
616	12	mean_distribution	[0.05994, 1.6e-05, 3.6e-05, 0.034154, 2.2e-05, 0.004367, 4.1e-05, 0.022396, 0.006671, 0.001138, 2.8e-05, 0.006277, 0.003712, 0.00164, 0.000808, 0.019268, 0.004914, 0.004344, 9.2e-05, 0.009135, 9.1e-05, 0.025985, 0.000933, 0.027737, 0.014955, 0.119975, 0.000158, 0.021944, 0.001717, 0.047944, 0.000338, 0.054574, 0.000129, 0.011305, 0.120174, 0.012576, 0.000395, 0.01857, 0.006572, 0.077936, 0.000257, 0.008154, 0.000488, 0.002326, 0.022601, 0.000853, 0.011145, 0.000685, 0.003451, 0.047944, 0.002802, 0.009565, 0.005055, 0.014091, 0.004874, 0.00687, 0.000953, 0.009909, 0.001125, 0.01426, 0.003696, 0.001336, 0.006785, 0.000723, 0.016282, 0.002535, 0.001973, 0.00636, 0.000129, 0.008497, 0.001149, 0.006326, 0.000437, 0.002378, 0.008863, 0.000247, 0.000291, 0.003466, 0.000134, 0.007138, 7.2e-05, 0.00034, 5.5e-05, 0.000382, 0.006299, 0.000131, 4.1e-05, 0.000124, 0.001753, 0.001646]
617	61	worker	"vm:17367"
618	61	val_accuracy	0.13
619	61	val_mae	9.4548
620	61	val_mse	196.854
621	61	test_accuracy	0.1344
622	61	test_mae	9.47
623	61	test_mse	208.294
624	61	best_epoch	7
625	61	epochs	8
626	61	seconds	172.143
627	61	device	"cpu"
628	61	mean_distribution	[0.05994, 1.6e-05, 3.6e-05, 0.034154, 2.2e-05, 0.004367, 4.1e-05, 0.022396, 0.006671, 0.001138, 2.8e-05, 0.006277, 0.003712, 0.00164, 0.000808, 0.019268, 0.004914, 0.004344, 9.2e-05, 0.009135, 9.1e-05, 0.025985, 0.000933, 0.027737, 0.014955, 0.119975, 0.000158, 0.021944, 0.001717, 0.047944, 0.000338, 0.054574, 0.000129, 0.011305, 0.120174, 0.012576, 0.000395, 0.01857, 0.006572, 0.077936, 0.000257, 0.008154, 0.000488, 0.002326, 0.022601, 0.000853, 0.011145, 0.000685, 0.003451, 0.047944, 0.002802, 0.009565, 0.005055, 0.014091, 0.004874, 0.00687, 0.000953, 0.009909, 0.001125, 0.01426, 0.003696, 0.001336, 0.006785, 0.000723, 0.016282, 0.002535, 0.001973, 0.00636, 0.000129, 0.008497, 0.001149, 0.006326, 0.000437, 0.002378, 0.008863, 0.000247, 0.000291, 0.003466, 0.000134, 0.007138, 7.2e-05, 0.00034, 5.5e-05, 0.000382, 0.006299, 0.000131, 4.1e-05, 0.000124, 0.001753, 0.001646]
629	61	run	11
630	62	n	6
631	62	seeds	[0, 1, 2, 3, 4, 5]
632	62	val_accuracy_mean	0.12393333333333334
633	62	val_accuracy_std	0.020691125311753027
634	62	val_mae_mean	9.761866666666668
635	62	val_mae_std	0.5223739452410189
636	62	val_mse_mean	216.26386666666667
637	62	val_mse_std	23.052906992626042
638	62	test_accuracy_mean	0.12553333333333333
639	62	test_accuracy_std	0.020446874251744854
640	62	test_mae_mean	9.743666666666668
641	62	test_mae_std	0.3944194248090053
642	62	test_mse_mean	228.34166666666667
643	62	test_mse_std	16.655415331557073
644	63	worker	"vm:17367"
645	63	val_accuracy	0.13
646	63	val_mae	9.4548
647	63	val_mse	196.854
648	63	test_accuracy	0.1344
649	63	test_mae	9.47
650	63	test_mse	208.294
651	63	best_epoch	7
652	63	epochs	8
653	63	seconds	172.143
654	63	device	"cpu"
655	63	mean_distribution	[0.05994, 1.6e-05, 3.6e-05, 0.034154, 2.2e-05, 0.004367, 4.1e-05, 0.022396, 0.006671, 0.001138, 2.8e-05, 0.006277, 0.003712, 0.00164, 0.000808, 0.019268, 0.004914, 0.004344, 9.2e-05, 0.009135, 9.1e-05, 0.025985, 0.000933, 0.027737, 0.014955, 0.119975, 0.000158, 0.021944, 0.001717, 0.047944, 0.000338, 0.054574, 0.000129, 0.011305, 0.120174, 0.012576, 0.000395, 0.01857, 0.006572, 0.077936, 0.000257, 0.008154, 0.000488, 0.002326, 0.022601, 0.000853, 0.011145, 0.000685, 0.003451, 0.047944, 0.002802, 0.009565, 0.005055, 0.014091, 0.004874, 0.00687, 0.000953, 0.009909, 0.001125, 0.01426, 0.003696, 0.001336, 0.006785, 0.000723, 0.016282, 0.002535, 0.001973, 0.00636, 0.000129, 0.008497, 0.001149, 0.006326, 0.000437, 0.002378, 0.008863, 0.000247, 0.000291, 0.003466, 0.000134, 0.007138, 7.2e-05, 0.00034, 5.5e-05, 0.000382, 0.006299, 0.000131, 4.1e-05, 0.000124, 0.001753, 0.001646]
656	63	run	11
657	64	n	6
658	64	seeds	[0, 1, 2, 3, 4, 5]
659	64	val_accuracy_mean	0.12393333333333334
660	64	val_accuracy_std	0.020691125311753027
661	64	val_mae_mean	9.761866666666668
662	64	val_mae_std	0.5223739452410189
663	64	val_mse_mean	216.26386666666667
664	64	val_mse_std	23.052906992626042
665	64	test_accuracy_mean	0.12553333333333333
666	64	test_accuracy_std	0.020446874251744854
667	64	test_mae_mean	9.743666666666668
668	64	test_mae_std	0.3944194248090053
669	64	test_mse_mean	228.34166666666667
670	64	test_mse_std	16.655415331557073
671	65	worker	"vm:17367"
672	65	val_accuracy	0.13
673	65	val_mae	9.4548
674	65	val_mse	196.854
675	65	test_accuracy	0.1344
676	65	test_mae	9.47
677	65	test_mse	208.294
678	65	best_epoch	7
682	65	mean_distribution	[0.05994, 1.6e-05, 3.6e-05, 0.034154, 2.2e-05, 0.004367, 4.1e-05, 0.022396, 0.006671, 0.001138, 2.8e-05, 0.006277, 0.003712, 0.00164, 0.000808, 0.019268, 0.004914, 0.004344, 9.2e-05, 0.009135, 9.1e-05, 0.025985, 0.000933, 0.027737, 0.014955, 0.119975, 0.000158, 0.021944, 0.001717, 0.047944, 0.000338, 0.054574, 0.000129, 0.011305, 0.120174, 0.012576, 0.000395, 0.01857, 0.006572, 0.077936, 0.000257, 0.008154, 0.000488, 0.002326, 0.022601, 0.000853, 0.011145, 0.000685, 0.003451, 0.047944, 0.002802, 0.009565, 0.005055, 0.014091, 0.004874, 0.00687, 0.000953, 0.009909, 0.001125, 0.01426, 0.003696, 0.001336, 0.006785, 0.000723, 0.016282, 0.002535, 0.001973, 0.00636, 0.000129, 0.008497, 0.001149, 0.006326, 0.000437, 0.002378, 0.008863, 0.000247, 0.000291, 0.003466, 0.000134, 0.007138, 7.2e-05, 0.00034, 5.5e-05, 0.000382, 0.006299, 0.000131, 4.1e-05, 0.000124, 0.001753, 0.001646]
683	65	run	11
684	66	n	6
685	66	seeds	[0, 1, 2, 3, 4, 5]
686	66	val_accuracy_mean	0.12393333333333334
687	66	val_accuracy_std	0.020691125311753027
688	66	val_mae_mean	9.761866666666668
689	66	val_mae_std	0.5223739452410189
690	66	val_mse_mean	216.26386666666667
691	66	val_mse_std	23.052906992626042
692	66	test_accuracy_mean	0.12553333333333333
693	66	test_accuracy_std	0.020446874251744854
694	66	test_mae_mean	9.743666666666668
695	66	test_mae_std	0.3944194248090053
696	66	test_mse_mean	228.34166666666667
697	66	test_mse_std	16.655415331557073
698	14	worker	"vm:17367"
699	13	val_accuracy	0.1216
700	13	val_mae	9.7492
701	13	val_mse	228.5268
702	13	test_accuracy	0.1296
703	13	test_mae	9.7552
704	13	test_mse	245.6152
705	13	best_epoch	7
706	13	epochs	8
707	13	seconds	157.645
708	13	device	"cpu"
709	13	mean_distribution	[0.000639, 0.082508, 0.000546, 0.001994, 0.00017, 0.000116, 5.6e-05, 0.041791, 0.000812, 0.003869, 1.9e-05, 0.000651, 0.008927, 0.000408, 0.004268, 0.046688, 0.002585, 0.002455, 1.6e-05, 0.000128, 0.015564, 8.8e-05, 4.7e-05, 0.032842, 0.003735, 0.259713, 0.000747, 0.005176, 0.000314, 0.03995, 0.010712, 0.001209, 0.000263, 0.003513, 0.071306, 0.002916, 0.000875, 0.006966, 0.00686, 0.03288, 0.000533, 0.000315, 6e-05, 0.000109, 0.039541, 0.004866, 0.000945, 0.000493, 0.000944, 0.055195, 0.000596, 0.003176, 0.014489, 0.030499, 0.004962, 0.008539, 0.001244, 0.015348, 0.001294, 0.010938, 0.002852, 0.00121, 0.003515, 0.00164, 0.025841, 0.005817, 0.005952, 0.001346, 0.000401, 0.006044, 0.007044, 0.005986, 0.001927, 0.006813, 0.004141, 0.00107, 0.001702, 0.002827, 9.1e-05, 0.009048, 6.6e-05, 0.000164, 0.000393, 0.00189, 0.010087, 0.000331, 0.000859, 6.2e-05, 0.000944, 0.001525]
710	67	worker	"vm:17368"
711	67	val_accuracy	0.1216
712	67	val_mae	9.7492
713	67	val_mse	228.5268
714	67	test_accuracy	0.1296
715	67	test_mae	9.7552
716	67	test_mse	245.6152
717	67	best_epoch	7
718	67	epochs	8
719	67	seconds	157.645
720	67	device	"cpu"
721	67	mean_distribution	[0.000639, 0.082508, 0.000546, 0.001994, 0.00017, 0.000116, 5.6e-05, 0.041791, 0.000812, 0.003869, 1.9e-05, 0.000651, 0.008927, 0.000408, 0.004268, 0.046688, 0.002585, 0.002455, 1.6e-05, 0.000128, 0.015564, 8.8e-05, 4.7e-05, 0.032842, 0.003735, 0.259713, 0.000747, 0.005176, 0.000314, 0.03995, 0.010712, 0.001209, 0.000263, 0.003513, 0.071306, 0.002916, 0.000875, 0.006966, 0.00686, 0.03288, 0.000533, 0.000315, 6e-05, 0.000109, 0.039541, 0.004866, 0.000945, 0.000493, 0.000944, 0.055195, 0.000596, 0.003176, 0.014489, 0.030499, 0.004962, 0.008539, 0.001244, 0.015348, 0.001294, 0.010938, 0.002852, 0.00121, 0.003515, 0.00164, 0.025841, 0.005817, 0.005952, 0.001346, 0.000401, 0.006044, 0.007044, 0.005986, 0.001927, 0.006813, 0.004141, 0.00107, 0.001702, 0.002827, 9.1e-05, 0.009048, 6.6e-05, 0.000164, 0.000393, 0.00189, 0.010087, 0.000331, 0.000859, 6.2e-05, 0.000944, 0.001525]
722	67	run	12
723	68	worker	"vm:17368"
724	68	val_accuracy	0.1216
725	68	val_mae	9.7492
726	68	val_mse	228.5268
727	68	test_accuracy	0.1296
728	68	test_mae	9.7552
729	68	test_mse	245.6152
730	68	best_epoch	7
731	68	epochs	8
732	68	seconds	157.645
733	68	device	"cpu"
734	68	mean_distribution	[0.000639, 0.082508, 0.000546, 0.001994, 0.00017, 0.000116, 5.6e-05, 0.041791, 0.000812, 0.003869, 1.9e-05, 0.000651, 0.008927, 0.000408, 0.004268, 0.046688, 0.002585, 0.002455, 1.6e-05, 0.000128, 0.015564, 8.8e-05, 4.7e-05, 0.032842, 0.003735, 0.259713, 0.000747, 0.005176, 0.000314, 0.03995, 0.010712, 0.001209, 0.000263, 0.003513, 0.071306, 0.002916, 0.000875, 0.006966, 0.00686, 0.03288, 0.000533, 0.000315, 6e-05, 0.000109, 0.039541, 0.004866, 0.000945, 0.000493, 0.000944, 0.055195, 0.000596, 0.003176, 0.014489, 0.030499, 0.004962, 0.008539, 0.001244, 0.015348, 0.001294, 0.010938, 0.002852, 0.00121, 0.003515, 0.00164, 0.025841, 0.005817, 0.005952, 0.001346, 0.000401, 0.006044, 0.007044, 0.005986, 0.001927, 0.006813, 0.004141, 0.00107, 0.001702, 0.002827, 9.1e-05, 0.009048, 6.6e-05, 0.000164, 0.000393, 0.00189, 0.010087, 0.000331, 0.000859, 6.2e-05, 0.000944, 0.001525]
735	68	run	12
736	69	worker	"vm:17368"
737	69	val_accuracy	0.1216
738	69	val_mae	9.7492
739	69	val_mse	228.5268
740	69	test_accuracy	0.1296
741	69	test_mae	9.7552
742	69	test_mse	245.6152
743	69	best_epoch	7
744	69	epochs	8
745	69	seconds	157.645
746	69	device	"cpu"
1042	87	test_mae_mean	9.508000000000001
1043	87	test_mae_std	0.39142815432720207
1044	87	test_mse_mean	221.18026666666665
1045	87	test_mse_std	20.090348260462445
1046	20	worker	"vm:17367"
1155	21	best_epoch	7
1156	21	epochs	8
1157	21	seconds	161.321
1158	21	device	"cpu"
1254	23	test_accuracy	0.118
1255	23	test_mae	8.9892
1256	23	test_mse	193.3652
1257	23	best_epoch	8
747	69	mean_distribution	[0.000639, 0.082508, 0.000546, 0.001994, 0.00017, 0.000116, 5.6e-05, 0.041791, 0.000812, 0.003869, 1.9e-05, 0.000651, 0.008927, 0.000408, 0.004268, 0.046688, 0.002585, 0.002455, 1.6e-05, 0.000128, 0.015564, 8.8e-05, 4.7e-05, 0.032842, 0.003735, 0.259713, 0.000747, 0.005176, 0.000314, 0.03995, 0.010712, 0.001209, 0.000263, 0.003513, 0.071306, 0.002916, 0.000875, 0.006966, 0.00686, 0.03288, 0.000533, 0.000315, 6e-05, 0.000109, 0.039541, 0.004866, 0.000945, 0.000493, 0.000944, 0.055195, 0.000596, 0.003176, 0.014489, 0.030499, 0.004962, 0.008539, 0.001244, 0.015348, 0.001294, 0.010938, 0.002852, 0.00121, 0.003515, 0.00164, 0.025841, 0.005817, 0.005952, 0.001346, 0.000401, 0.006044, 0.007044, 0.005986, 0.001927, 0.006813, 0.004141, 0.00107, 0.001702, 0.002827, 9.1e-05, 0.009048, 6.6e-05, 0.000164, 0.000393, 0.00189, 0.010087, 0.000331, 0.000859, 6.2e-05, 0.000944, 0.001525]
748	69	run	12
749	15	worker	"vm:17368"
750	14	val_accuracy	0.1456
751	14	val_mae	10.2792
752	14	val_mse	248.4488
753	14	test_accuracy	0.146
754	14	test_mae	9.9064
755	14	test_mse	242.6872
756	14	best_epoch	7
757	14	epochs	8
758	14	seconds	170.792
759	14	device	"cpu"
760	14	mean_distribution	[0.082444, 0.000899, 0.042248, 0.000118, 0.000201, 0.00572, 0.017548, 0.003639, 0.021881, 0.001067, 0.000202, 0.007009, 6.5e-05, 0.001456, 8.9e-05, 0.017723, 0.005067, 5.6e-05, 3.4e-05, 5.1e-05, 0.000267, 0.025193, 4.2e-05, 9.6e-05, 0.0048, 0.231553, 0.000767, 9.8e-05, 0.000465, 0.04502, 0.00671, 0.000448, 0.00121, 0.001561, 0.062554, 0.003461, 0.002094, 0.005257, 0.005754, 0.035223, 0.002317, 0.000774, 0.000379, 0.001919, 0.024664, 0.008275, 0.000449, 0.000575, 0.006689, 0.043508, 0.005228, 0.009906, 0.017781, 0.039498, 0.012775, 0.004558, 0.001797, 0.01956, 0.003525, 0.022909, 0.008664, 0.005401, 0.001891, 0.010017, 0.015654, 0.009167, 0.014154, 0.00203, 0.000728, 0.00906, 0.003108, 0.003578, 0.001146, 0.00499, 0.010663, 0.001172, 0.001346, 0.002815, 0.008347, 0.000702, 0.00077, 0.000284, 7.2e-05, 0.00046, 0.012716, 0.000215, 7.9e-05, 0.000116, 0.000152, 0.003326]
761	70	worker	"vm:17367"
762	70	val_accuracy	0.1456
763	70	val_mae	10.2792
764	70	val_mse	248.4488
765	70	test_accuracy	0.146
766	70	test_mae	9.9064
767	70	test_mse	242.6872
768	70	best_epoch	7
769	70	epochs	8
770	70	seconds	170.792
771	70	device	"cpu"
772	70	mean_distribution	[0.082444, 0.000899, 0.042248, 0.000118, 0.000201, 0.00572, 0.017548, 0.003639, 0.021881, 0.001067, 0.000202, 0.007009, 6.5e-05, 0.001456, 8.9e-05, 0.017723, 0.005067, 5.6e-05, 3.4e-05, 5.1e-05, 0.000267, 0.025193, 4.2e-05, 9.6e-05, 0.0048, 0.231553, 0.000767, 9.8e-05, 0.000465, 0.04502, 0.00671, 0.000448, 0.00121, 0.001561, 0.062554, 0.003461, 0.002094, 0.005257, 0.005754, 0.035223, 0.002317, 0.000774, 0.000379, 0.001919, 0.024664, 0.008275, 0.000449, 0.000575, 0.006689, 0.043508, 0.005228, 0.009906, 0.017781, 0.039498, 0.012775, 0.004558, 0.001797, 0.01956, 0.003525, 0.022909, 0.008664, 0.005401, 0.001891, 0.010017, 0.015654, 0.009167, 0.014154, 0.00203, 0.000728, 0.00906, 0.003108, 0.003578, 0.001146, 0.00499, 0.010663, 0.001172, 0.001346, 0.002815, 0.008347, 0.000702, 0.00077, 0.000284, 7.2e-05, 0.00046, 0.012716, 0.000215, 7.9e-05, 0.000116, 0.000152, 0.003326]
773	70	run	13
774	71	worker	"vm:17367"
775	71	val_accuracy	0.1456
776	71	val_mae	10.2792
777	71	val_mse	248.4488
778	71	test_accuracy	0.146
779	71	test_mae	9.9064
780	71	test_mse	242.6872
781	71	best_epoch	7
782	71	epochs	8
783	71	seconds	170.792
784	71	device	"cpu"
785	71	mean_distribution	[0.082444, 0.000899, 0.042248, 0.000118, 0.000201, 0.00572, 0.017548, 0.003639, 0.021881, 0.001067, 0.000202, 0.007009, 6.5e-05, 0.001456, 8.9e-05, 0.017723, 0.005067, 5.6e-05, 3.4e-05, 5.1e-05, 0.000267, 0.025193, 4.2e-05, 9.6e-05, 0.0048, 0.231553, 0.000767, 9.8e-05, 0.000465, 0.04502, 0.00671, 0.000448, 0.00121, 0.001561, 0.062554, 0.003461, 0.002094, 0.005257, 0.005754, 0.035223, 0.002317, 0.000774, 0.000379, 0.001919, 0.024664, 0.008275, 0.000449, 0.000575, 0.006689, 0.043508, 0.005228, 0.009906, 0.017781, 0.039498, 0.012775, 0.004558, 0.001797, 0.01956, 0.003525, 0.022909, 0.008664, 0.005401, 0.001891, 0.010017, 0.015654, 0.009167, 0.014154, 0.00203, 0.000728, 0.00906, 0.003108, 0.003578, 0.001146, 0.00499, 0.010663, 0.001172, 0.001346, 0.002815, 0.008347, 0.000702, 0.00077, 0.000284, 7.2e-05, 0.00046, 0.012716, 0.000215, 7.9e-05, 0.000116, 0.000152, 0.003326]
786	71	run	13
787	72	worker	"vm:17367"
788	72	val_accuracy	0.1456
789	72	val_mae	10.2792
790	72	val_mse	248.4488
791	72	test_accuracy	0.146
792	72	test_mae	9.9064
793	72	test_mse	242.6872
794	72	best_epoch	7
795	72	epochs	8
796	72	seconds	170.792
797	72	device	"cpu"
798	72	mean_distribution	[0.082444, 0.000899, 0.042248, 0.000118, 0.000201, 0.00572, 0.017548, 0.003639, 0.021881, 0.001067, 0.000202, 0.007009, 6.5e-05, 0.001456, 8.9e-05, 0.017723, 0.005067, 5.6e-05, 3.4e-05, 5.1e-05, 0.000267, 0.025193, 4.2e-05, 9.6e-05, 0.0048, 0.231553, 0.000767, 9.8e-05, 0.000465, 0.04502, 0.00671, 0.000448, 0.00121, 0.001561, 0.062554, 0.003461, 0.002094, 0.005257, 0.005754, 0.035223, 0.002317, 0.000774, 0.000379, 0.001919, 0.024664, 0.008275, 0.000449, 0.000575, 0.006689, 0.043508, 0.005228, 0.009906, 0.017781, 0.039498, 0.012775, 0.004558, 0.001797, 0.01956, 0.003525, 0.022909, 0.008664, 0.005401, 0.001891, 0.010017, 0.015654, 0.009167, 0.014154, 0.00203, 0.000728, 0.00906, 0.003108, 0.003578, 0.001146, 0.00499, 0.010663, 0.001172, 0.001346, 0.002815, 0.008347, 0.000702, 0.00077, 0.000284, 7.2e-05, 0.00046, 0.012716, 0.000215, 7.9e-05, 0.000116, 0.000152, 0.003326]
799	72	run	13
800	16	worker	"vm:17367"
801	15	val_accuracy	0.1128
802	15	val_mae	9.8992
803	15	val_mse	217.3808
804	15	test_accuracy	0.1204
805	15	test_mae	9.8952
806	15	test_mse	225.0864
807	15	best_epoch	4
808	15	epochs	7
809	15	seconds	112.271
810	15	device	"cpu"
1047	19	val_accuracy	0.1472
1048	19	val_mae	9.568
1049	19	val_mse	223.1176
811	15	mean_distribution	[0.001034, 0.067666, 9.9e-05, 0.000505, 0.00056, 0.002034, 0.000162, 0.018762, 0.005322, 0.00614, 0.000134, 0.002477, 0.000489, 0.002053, 0.012699, 0.001689, 0.007655, 0.000205, 0.000145, 0.004119, 0.041699, 0.000215, 0.003878, 0.005805, 0.006566, 0.164898, 0.001329, 0.018313, 0.024689, 0.018712, 0.010157, 0.025822, 0.000662, 0.005475, 0.099285, 0.002491, 0.005131, 0.002231, 0.009513, 0.057065, 0.000482, 0.00035, 0.002833, 0.005771, 0.029146, 0.01999, 0.003478, 0.005838, 0.005954, 0.02587, 0.007978, 0.015791, 0.009066, 0.045816, 0.005938, 0.013181, 0.008793, 0.012891, 0.009685, 0.013945, 0.003682, 0.00408, 0.00717, 0.00425, 0.027058, 0.00657, 0.006673, 0.003675, 0.003704, 0.007969, 0.004209, 0.002073, 0.001096, 0.005774, 0.00337, 0.001375, 0.001122, 0.005646, 0.001194, 0.002517, 0.000832, 0.000261, 0.000561, 0.000747, 0.008668, 0.000398, 0.000306, 0.001591, 0.001218, 0.001528]
812	73	worker	"vm:17368"
813	73	val_accuracy	0.1128
814	73	val_mae	9.8992
815	73	val_mse	217.3808
816	73	test_accuracy	0.1204
817	73	test_mae	9.8952
818	73	test_mse	225.0864
819	73	best_epoch	4
820	73	epochs	7
821	73	seconds	112.271
822	73	device	"cpu"
823	73	mean_distribution	[0.001034, 0.067666, 9.9e-05, 0.000505, 0.00056, 0.002034, 0.000162, 0.018762, 0.005322, 0.00614, 0.000134, 0.002477, 0.000489, 0.002053, 0.012699, 0.001689, 0.007655, 0.000205, 0.000145, 0.004119, 0.041699, 0.000215, 0.003878, 0.005805, 0.006566, 0.164898, 0.001329, 0.018313, 0.024689, 0.018712, 0.010157, 0.025822, 0.000662, 0.005475, 0.099285, 0.002491, 0.005131, 0.002231, 0.009513, 0.057065, 0.000482, 0.00035, 0.002833, 0.005771, 0.029146, 0.01999, 0.003478, 0.005838, 0.005954, 0.02587, 0.007978, 0.015791, 0.009066, 0.045816, 0.005938, 0.013181, 0.008793, 0.012891, 0.009685, 0.013945, 0.003682, 0.00408, 0.00717, 0.00425, 0.027058, 0.00657, 0.006673, 0.003675, 0.003704, 0.007969, 0.004209, 0.002073, 0.001096, 0.005774, 0.00337, 0.001375, 0.001122, 0.005646, 0.001194, 0.002517, 0.000832, 0.000261, 0.000561, 0.000747, 0.008668, 0.000398, 0.000306, 0.001591, 0.001218, 0.001528]
824	73	run	14
825	74	worker	"vm:17368"
826	74	val_accuracy	0.1128
827	74	val_mae	9.8992
828	74	val_mse	217.3808
829	74	test_accuracy	0.1204
830	74	test_mae	9.8952
831	74	test_mse	225.0864
832	74	best_epoch	4
833	74	epochs	7
834	74	seconds	112.271
835	74	device	"cpu"
836	74	mean_distribution	[0.001034, 0.067666, 9.9e-05, 0.000505, 0.00056, 0.002034, 0.000162, 0.018762, 0.005322, 0.00614, 0.000134, 0.002477, 0.000489, 0.002053, 0.012699, 0.001689, 0.007655, 0.000205, 0.000145, 0.004119, 0.041699, 0.000215, 0.003878, 0.005805, 0.006566, 0.164898, 0.001329, 0.018313, 0.024689, 0.018712, 0.010157, 0.025822, 0.000662, 0.005475, 0.099285, 0.002491, 0.005131, 0.002231, 0.009513, 0.057065, 0.000482, 0.00035, 0.002833, 0.005771, 0.029146, 0.01999, 0.003478, 0.005838, 0.005954, 0.02587, 0.007978, 0.015791, 0.009066, 0.045816, 0.005938, 0.013181, 0.008793, 0.012891, 0.009685, 0.013945, 0.003682, 0.00408, 0.00717, 0.00425, 0.027058, 0.00657, 0.006673, 0.003675, 0.003704, 0.007969, 0.004209, 0.002073, 0.001096, 0.005774, 0.00337, 0.001375, 0.001122, 0.005646, 0.001194, 0.002517, 0.000832, 0.000261, 0.000561, 0.000747, 0.008668, 0.000398, 0.000306, 0.001591, 0.001218, 0.001528]
837	74	run	14
838	75	worker	"vm:17368"
839	75	val_accuracy	0.1128
840	75	val_mae	9.8992
841	75	val_mse	217.3808
842	75	test_accuracy	0.1204
843	75	test_mae	9.8952
844	75	test_mse	225.0864
845	75	best_epoch	4
846	75	epochs	7
847	75	seconds	112.271
848	75	device	"cpu"
849	75	mean_distribution	[0.001034, 0.067666, 9.9e-05, 0.000505, 0.00056, 0.002034, 0.000162, 0.018762, 0.005322, 0.00614, 0.000134, 0.002477, 0.000489, 0.002053, 0.012699, 0.001689, 0.007655, 0.000205, 0.000145, 0.004119, 0.041699, 0.000215, 0.003878, 0.005805, 0.006566, 0.164898, 0.001329, 0.018313, 0.024689, 0.018712, 0.010157, 0.025822, 0.000662, 0.005475, 0.099285, 0.002491, 0.005131, 0.002231, 0.009513, 0.057065, 0.000482, 0.00035, 0.002833, 0.005771, 0.029146, 0.01999, 0.003478, 0.005838, 0.005954, 0.02587, 0.007978, 0.015791, 0.009066, 0.045816, 0.005938, 0.013181, 0.008793, 0.012891, 0.009685, 0.013945, 0.003682, 0.00408, 0.00717, 0.00425, 0.027058, 0.00657, 0.006673, 0.003675, 0.003704, 0.007969, 0.004209, 0.002073, 0.001096, 0.005774, 0.00337, 0.001375, 0.001122, 0.005646, 0.001194, 0.002517, 0.000832, 0.000261, 0.000561, 0.000747, 0.008668, 0.000398, 0.000306, 0.001591, 0.001218, 0.001528]
850	75	run	14
851	17	worker	"vm:17368"
852	16	val_accuracy	0.1364
853	16	val_mae	9.1228
854	16	val_mse	200.9084
855	16	test_accuracy	0.142
856	16	test_mae	9.3264
857	16	test_mse	213.3184
858	16	best_epoch	8
859	16	epochs	8
860	16	seconds	118.622
861	16	device	"cpu"
862	16	mean_distribution	[0.028303, 0.032209, 3.1e-05, 8.9e-05, 0.000112, 0.017751, 0.000427, 0.009304, 0.010617, 0.002359, 6.4e-05, 0.001066, 6.6e-05, 0.006255, 1.4e-05, 0.011677, 0.000923, 0.00014, 2.8e-05, 4.2e-05, 0.015181, 3.9e-05, 4.5e-05, 0.035729, 8e-05, 0.278484, 0.000915, 0.0053, 0.000502, 0.077731, 0.003715, 0.004564, 0.00017, 0.00057, 0.09489, 0.003476, 4.3e-05, 0.005257, 0.008085, 0.038723, 0.000153, 5.7e-05, 7.6e-05, 0.000176, 0.021719, 0.002812, 8.1e-05, 3.8e-05, 0.004134, 0.043341, 0.017611, 0.000946, 0.014389, 0.038335, 0.005948, 0.001926, 0.005744, 0.021151, 0.001865, 0.016966, 0.001287, 0.000737, 0.003579, 0.000798, 0.032036, 0.010413, 0.001402, 0.004217, 2.7e-05, 0.00684, 0.005283, 0.000822, 0.002855, 0.00133, 0.015889, 0.000334, 0.000756, 0.001649, 0.000284, 0.006845, 0.000109, 0.000114, 1.5e-05, 4.7e-05, 0.007921, 4.3e-05, 6e-06, 8.7e-05, 8.5e-05, 0.001746]
863	76	worker	"vm:17367"
864	76	val_accuracy	0.1364
865	76	val_mae	9.1228
866	76	val_mse	200.9084
867	76	test_accuracy	0.142
868	76	test_mae	9.3264
869	76	test_mse	213.3184
870	76	best_epoch	8
871	76	epochs	8
872	76	seconds	118.622
873	76	device	"cpu"
1050	19	test_accuracy	0.1532
1051	19	test_mae	9.2732
1052	19	test_mse	221.0212
874	76	mean_distribution	[0.028303, 0.032209, 3.1e-05, 8.9e-05, 0.000112, 0.017751, 0.000427, 0.009304, 0.010617, 0.002359, 6.4e-05, 0.001066, 6.6e-05, 0.006255, 1.4e-05, 0.011677, 0.000923, 0.00014, 2.8e-05, 4.2e-05, 0.015181, 3.9e-05, 4.5e-05, 0.035729, 8e-05, 0.278484, 0.000915, 0.0053, 0.000502, 0.077731, 0.003715, 0.004564, 0.00017, 0.00057, 0.09489, 0.003476, 4.3e-05, 0.005257, 0.008085, 0.038723, 0.000153, 5.7e-05, 7.6e-05, 0.000176, 0.021719, 0.002812, 8.1e-05, 3.8e-05, 0.004134, 0.043341, 0.017611, 0.000946, 0.014389, 0.038335, 0.005948, 0.001926, 0.005744, 0.021151, 0.001865, 0.016966, 0.001287, 0.000737, 0.003579, 0.000798, 0.032036, 0.010413, 0.001402, 0.004217, 2.7e-05, 0.00684, 0.005283, 0.000822, 0.002855, 0.00133, 0.015889, 0.000334, 0.000756, 0.001649, 0.000284, 0.006845, 0.000109, 0.000114, 1.5e-05, 4.7e-05, 0.007921, 4.3e-05, 6e-06, 8.7e-05, 8.5e-05, 0.001746]
875	76	run	15
876	77	worker	"vm:17367"
877	77	val_accuracy	0.1364
878	77	val_mae	9.1228
879	77	val_mse	200.9084
880	77	test_accuracy	0.142
881	77	test_mae	9.3264
882	77	test_mse	213.3184
883	77	best_epoch	8
884	77	epochs	8
885	77	seconds	118.622
886	77	device	"cpu"
887	77	mean_distribution	[0.028303, 0.032209, 3.1e-05, 8.9e-05, 0.000112, 0.017751, 0.000427, 0.009304, 0.010617, 0.002359, 6.4e-05, 0.001066, 6.6e-05, 0.006255, 1.4e-05, 0.011677, 0.000923, 0.00014, 2.8e-05, 4.2e-05, 0.015181, 3.9e-05, 4.5e-05, 0.035729, 8e-05, 0.278484, 0.000915, 0.0053, 0.000502, 0.077731, 0.003715, 0.004564, 0.00017, 0.00057, 0.09489, 0.003476, 4.3e-05, 0.005257, 0.008085, 0.038723, 0.000153, 5.7e-05, 7.6e-05, 0.000176, 0.021719, 0.002812, 8.1e-05, 3.8e-05, 0.004134, 0.043341, 0.017611, 0.000946, 0.014389, 0.038335, 0.005948, 0.001926, 0.005744, 0.021151, 0.001865, 0.016966, 0.001287, 0.000737, 0.003579, 0.000798, 0.032036, 0.010413, 0.001402, 0.004217, 2.7e-05, 0.00684, 0.005283, 0.000822, 0.002855, 0.00133, 0.015889, 0.000334, 0.000756, 0.001649, 0.000284, 0.006845, 0.000109, 0.000114, 1.5e-05, 4.7e-05, 0.007921, 4.3e-05, 6e-06, 8.7e-05, 8.5e-05, 0.001746]
888	77	run	15
889	78	worker	"vm:17367"
890	78	val_accuracy	0.1364
891	78	val_mae	9.1228
892	78	val_mse	200.9084
893	78	test_accuracy	0.142
894	78	test_mae	9.3264
895	78	test_mse	213.3184
896	78	best_epoch	8
897	78	epochs	8
898	78	seconds	118.622
899	78	device	"cpu"
900	78	mean_distribution	[0.028303, 0.032209, 3.1e-05, 8.9e-05, 0.000112, 0.017751, 0.000427, 0.009304, 0.010617, 0.002359, 6.4e-05, 0.001066, 6.6e-05, 0.006255, 1.4e-05, 0.011677, 0.000923, 0.00014, 2.8e-05, 4.2e-05, 0.015181, 3.9e-05, 4.5e-05, 0.035729, 8e-05, 0.278484, 0.000915, 0.0053, 0.000502, 0.077731, 0.003715, 0.004564, 0.00017, 0.00057, 0.09489, 0.003476, 4.3e-05, 0.005257, 0.008085, 0.038723, 0.000153, 5.7e-05, 7.6e-05, 0.000176, 0.021719, 0.002812, 8.1e-05, 3.8e-05, 0.004134, 0.043341, 0.017611, 0.000946, 0.014389, 0.038335, 0.005948, 0.001926, 0.005744, 0.021151, 0.001865, 0.016966, 0.001287, 0.000737, 0.003579, 0.000798, 0.032036, 0.010413, 0.001402, 0.004217, 2.7e-05, 0.00684, 0.005283, 0.000822, 0.002855, 0.00133, 0.015889, 0.000334, 0.000756, 0.001649, 0.000284, 0.006845, 0.000109, 0.000114, 1.5e-05, 4.7e-05, 0.007921, 4.3e-05, 6e-06, 8.7e-05, 8.5e-05, 0.001746]
901	78	run	15
902	18	worker	"vm:17367"
903	17	val_accuracy	0.1056
904	17	val_mae	9.286
905	17	val_mse	203.1924
906	17	test_accuracy	0.1028
907	17	test_mae	9.1056
908	17	test_mse	200.264
909	17	best_epoch	8
910	17	epochs	8
911	17	seconds	110.741
912	17	device	"cpu"
913	17	mean_distribution	[0.000441, 0.074741, 2.5e-05, 0.000114, 0.011238, 4.2e-05, 0.005746, 0.027067, 0.000211, 0.00551, 0.000706, 0.000274, 0.00257, 0.011211, 0.001134, 0.00764, 0.000798, 1.9e-05, 2.7e-05, 0.000134, 0.039645, 2.9e-05, 3.3e-05, 0.000131, 0.04255, 0.133599, 0.000155, 0.000597, 0.000381, 0.082852, 0.000422, 0.009013, 0.000121, 0.001834, 0.114734, 0.004481, 0.000649, 0.000676, 0.013464, 0.020829, 0.002582, 0.000445, 0.000498, 0.000816, 0.052627, 0.008518, 0.000304, 0.000474, 0.002334, 0.056712, 0.000417, 0.009923, 0.015615, 0.04684, 0.006059, 0.008182, 0.003065, 0.030881, 0.007588, 0.011612, 0.007242, 0.003145, 0.000807, 0.003091, 0.023452, 0.003363, 0.00523, 0.003147, 0.000897, 0.005617, 0.003057, 0.002819, 0.000806, 0.004019, 0.007515, 0.001516, 0.00125, 0.001051, 0.000538, 0.019913, 0.000234, 0.000128, 2.1e-05, 0.000175, 0.009481, 3.6e-05, 8e-06, 6e-05, 0.01001, 3.3e-05]
914	79	worker	"vm:17368"
915	79	val_accuracy	0.1056
916	79	val_mae	9.286
917	79	val_mse	203.1924
918	79	test_accuracy	0.1028
919	79	test_mae	9.1056
920	79	test_mse	200.264
921	79	best_epoch	8
922	79	epochs	8
923	79	seconds	110.741
924	79	device	"cpu"
925	79	mean_distribution	[0.000441, 0.074741, 2.5e-05, 0.000114, 0.011238, 4.2e-05, 0.005746, 0.027067, 0.000211, 0.00551, 0.000706, 0.000274, 0.00257, 0.011211, 0.001134, 0.00764, 0.000798, 1.9e-05, 2.7e-05, 0.000134, 0.039645, 2.9e-05, 3.3e-05, 0.000131, 0.04255, 0.133599, 0.000155, 0.000597, 0.000381, 0.082852, 0.000422, 0.009013, 0.000121, 0.001834, 0.114734, 0.004481, 0.000649, 0.000676, 0.013464, 0.020829, 0.002582, 0.000445, 0.000498, 0.000816, 0.052627, 0.008518, 0.000304, 0.000474, 0.002334, 0.056712, 0.000417, 0.009923, 0.015615, 0.04684, 0.006059, 0.008182, 0.003065, 0.030881, 0.007588, 0.011612, 0.007242, 0.003145, 0.000807, 0.003091, 0.023452, 0.003363, 0.00523, 0.003147, 0.000897, 0.005617, 0.003057, 0.002819, 0.000806, 0.004019, 0.007515, 0.001516, 0.00125, 0.001051, 0.000538, 0.019913, 0.000234, 0.000128, 2.1e-05, 0.000175, 0.009481, 3.6e-05, 8e-06, 6e-05, 0.01001, 3.3e-05]
926	79	run	16
927	80	worker	"vm:17368"
928	80	val_accuracy	0.1056
929	80	val_mae	9.286
930	80	val_mse	203.1924
931	80	test_accuracy	0.1028
932	80	test_mae	9.1056
933	80	test_mse	200.264
934	80	best_epoch	8
935	80	epochs	8
936	80	seconds	110.741
937	80	device	"cpu"
954	18	val_accuracy	0.1472
955	18	val_mae	9.1956
956	18	val_mse	197.258
957	18	test_accuracy	0.1524
938	80	mean_distribution	[0.000441, 0.074741, 2.5e-05, 0.000114, 0.011238, 4.2e-05, 0.005746, 0.027067, 0.000211, 0.00551, 0.000706, 0.000274, 0.00257, 0.011211, 0.001134, 0.00764, 0.000798, 1.9e-05, 2.7e-05, 0.000134, 0.039645, 2.9e-05, 3.3e-05, 0.000131, 0.04255, 0.133599, 0.000155, 0.000597, 0.000381, 0.082852, 0.000422, 0.009013, 0.000121, 0.001834, 0.114734, 0.004481, 0.000649, 0.000676, 0.013464, 0.020829, 0.002582, 0.000445, 0.000498, 0.000816, 0.052627, 0.008518, 0.000304, 0.000474, 0.002334, 0.056712, 0.000417, 0.009923, 0.015615, 0.04684, 0.006059, 0.008182, 0.003065, 0.030881, 0.007588, 0.011612, 0.007242, 0.003145, 0.000807, 0.003091, 0.023452, 0.003363, 0.00523, 0.003147, 0.000897, 0.005617, 0.003057, 0.002819, 0.000806, 0.004019, 0.007515, 0.001516, 0.00125, 0.001051, 0.000538, 0.019913, 0.000234, 0.000128, 2.1e-05, 0.000175, 0.009481, 3.6e-05, 8e-06, 6e-05, 0.01001, 3.3e-05]
939	80	run	16
940	81	worker	"vm:17368"
941	81	val_accuracy	0.1056
942	81	val_mae	9.286
943	81	val_mse	203.1924
944	81	test_accuracy	0.1028
945	81	test_mae	9.1056
946	81	test_mse	200.264
947	81	best_epoch	8
948	81	epochs	8
949	81	seconds	110.741
950	81	device	"cpu"
951	81	mean_distribution	[0.000441, 0.074741, 2.5e-05, 0.000114, 0.011238, 4.2e-05, 0.005746, 0.027067, 0.000211, 0.00551, 0.000706, 0.000274, 0.00257, 0.011211, 0.001134, 0.00764, 0.000798, 1.9e-05, 2.7e-05, 0.000134, 0.039645, 2.9e-05, 3.3e-05, 0.000131, 0.04255, 0.133599, 0.000155, 0.000597, 0.000381, 0.082852, 0.000422, 0.009013, 0.000121, 0.001834, 0.114734, 0.004481, 0.000649, 0.000676, 0.013464, 0.020829, 0.002582, 0.000445, 0.000498, 0.000816, 0.052627, 0.008518, 0.000304, 0.000474, 0.002334, 0.056712, 0.000417, 0.009923, 0.015615, 0.04684, 0.006059, 0.008182, 0.003065, 0.030881, 0.007588, 0.011612, 0.007242, 0.003145, 0.000807, 0.003091, 0.023452, 0.003363, 0.00523, 0.003147, 0.000897, 0.005617, 0.003057, 0.002819, 0.000806, 0.004019, 0.007515, 0.001516, 0.00125, 0.001051, 0.000538, 0.019913, 0.000234, 0.000128, 2.1e-05, 0.000175, 0.009481, 3.6e-05, 8e-06, 6e-05, 0.01001, 3.3e-05]
952	81	run	16
953	19	worker	"vm:17368"
1258	23	epochs	8
1259	23	seconds	168.73
1260	23	device	"cpu"
1261	23	mean_distribution	[9e-06, 0.075325, 6e-06, 7e-06, 7.8e-05, 3.1e-05, 0.002405, 5.5e-05, 3e-06, 0.038544, 0.000258, 2.2e-05, 7.3e-05, 0.0002, 0.00997, 7.3e-05, 6e-06, 7e-06, 4e-06, 1.6e-05, 0.000102, 2.1e-05, 2.3e-05, 0.000109, 0.009054, 0.211796, 0.000478, 0.005746, 0.0002, 0.000889, 0.001129, 0.000451, 2.3e-05, 0.000306, 0.135862, 0.023542, 0.000291, 0.00018, 0.067226, 0.002043, 0.001465, 9e-06, 0.00015, 0.000202, 0.017219, 0.00059, 0.013198, 0.000265, 0.006094, 0.078488, 0.000668, 0.003179, 0.046109, 0.008836, 0.016352, 0.027302, 0.009981, 0.028329, 0.016138, 0.010688, 0.009437, 0.001396, 0.002172, 0.006998, 0.020826, 0.016181, 0.005714, 0.001985, 0.000859, 0.004349, 0.003945, 0.003893, 0.011719, 0.002108, 0.002933, 0.001715, 0.001167, 0.003254, 0.000287, 0.016177, 0.000263, 0.000362, 2.4e-05, 7.5e-05, 0.009385, 0.000142, 3.4e-05, 5.4e-05, 0.000712, 9e-06]
1301	24	val_accuracy	0.1416
1302	24	val_mae	9.1268
1303	24	val_mse	198.3148
1304	24	test_accuracy	0.142
1305	24	test_mae	8.9712
1306	24	test_mse	197.272
1307	24	best_epoch	7
1308	24	epochs	8
1309	24	seconds	148.869
1310	24	device	"cpu"
1311	24	mean_distribution	[0.053013, 2e-05, 2.2e-05, 0.044173, 3e-06, 4.1e-05, 1e-05, 2.2e-05, 0.042805, 1.7e-05, 5.5e-05, 0.000255, 6e-06, 3e-06, 0.016276, 4.3e-05, 3.9e-05, 3e-06, 1.8e-05, 2.2e-05, 2.4e-05, 1.3e-05, 8e-06, 5e-06, 0.000381, 0.385392, 0.00042, 3.8e-05, 7.2e-05, 0.001408, 4.2e-05, 0.000628, 0.000336, 0.000329, 0.229452, 0.000331, 0.001346, 0.000537, 0.007858, 0.008322, 0.005078, 5e-05, 0.000184, 0.000303, 0.013034, 0.000102, 0.000143, 0.000535, 0.000519, 0.008768, 0.011871, 0.004846, 0.036581, 0.005243, 0.003089, 0.001344, 0.002781, 0.008851, 0.001247, 0.004072, 0.003701, 0.001041, 0.004236, 0.002803, 0.023745, 0.002075, 0.001701, 0.003289, 0.001663, 0.009666, 0.000527, 0.006174, 0.001317, 0.008958, 0.001705, 0.001694, 0.000308, 0.000805, 0.000339, 0.01198, 0.00012, 0.000751, 0.000274, 0.000141, 0.000113, 0.007681, 0.000725, 2e-05, 4e-06, 1.3e-05]
1349	105	mean_distribution	[0.053013, 2e-05, 2.2e-05, 0.044173, 3e-06, 4.1e-05, 1e-05, 2.2e-05, 0.042805, 1.7e-05, 5.5e-05, 0.000255, 6e-06, 3e-06, 0.016276, 4.3e-05, 3.9e-05, 3e-06, 1.8e-05, 2.2e-05, 2.4e-05, 1.3e-05, 8e-06, 5e-06, 0.000381, 0.385392, 0.00042, 3.8e-05, 7.2e-05, 0.001408, 4.2e-05, 0.000628, 0.000336, 0.000329, 0.229452, 0.000331, 0.001346, 0.000537, 0.007858, 0.008322, 0.005078, 5e-05, 0.000184, 0.000303, 0.013034, 0.000102, 0.000143, 0.000535, 0.000519, 0.008768, 0.011871, 0.004846, 0.036581, 0.005243, 0.003089, 0.001344, 0.002781, 0.008851, 0.001247, 0.004072, 0.003701, 0.001041, 0.004236, 0.002803, 0.023745, 0.002075, 0.001701, 0.003289, 0.001663, 0.009666, 0.000527, 0.006174, 0.001317, 0.008958, 0.001705, 0.001694, 0.000308, 0.000805, 0.000339, 0.01198, 0.00012, 0.000751, 0.000274, 0.000141, 0.000113, 0.007681, 0.000725, 2e-05, 4e-06, 1.3e-05]
1350	105	worker	"vm:17367"
1351	105	run	23
1352	106	n	6
1353	106	seeds	[0, 1, 2, 3, 4, 5]
1354	106	val_accuracy_mean	0.10553333333333333
1355	106	val_accuracy_std	0.03576672569115975
1356	106	val_mae_mean	9.3938
1357	106	val_mae_std	0.2206377302276292
1358	106	val_mse_mean	209.8074
1359	106	val_mse_std	13.92829094411802
1360	106	test_accuracy_mean	0.1078
1361	106	test_accuracy_std	0.03882329197788358
1362	106	test_mae_mean	9.222133333333334
1363	106	test_mae_std	0.31228506635231
1364	106	test_mse_mean	213.34386666666668
1365	106	test_mse_std	19.5680863606707
1366	107	val_accuracy	0.1416
1367	107	val_mae	9.1268
1368	107	val_mse	198.3148
1369	107	test_accuracy	0.142
1370	107	test_mae	8.9712
1371	107	test_mse	197.272
1372	107	best_epoch	7
1373	107	epochs	8
1374	107	seconds	148.869
1375	107	device	"cpu"
964	18	mean_distribution	[0.055404, 9e-06, 1.9e-05, 0.032258, 2e-06, 3.6e-05, 8e-06, 0.021046, 0.002115, 2.7e-05, 1.6e-05, 0.001321, 3.7e-05, 1.4e-05, 0.010359, 0.001367, 0.000578, 2.2e-05, 0.008108, 0.031134, 0.000131, 0.00621, 7.6e-05, 1.8e-05, 0.099031, 0.307158, 0.000104, 0.000175, 0.000254, 0.0576, 0.000148, 0.006681, 6.7e-05, 0.00082, 0.087722, 0.001501, 7.2e-05, 0.00046, 0.004436, 0.029828, 0.000386, 7.5e-05, 0.000172, 0.000459, 0.037553, 0.000469, 0.00011, 0.00046, 0.002492, 0.025362, 0.004132, 0.003792, 0.004883, 0.010019, 0.002911, 0.001218, 0.000986, 0.019712, 0.00192, 0.004443, 0.001936, 0.000606, 0.007157, 0.000616, 0.024722, 0.007178, 0.000974, 0.005171, 0.000421, 0.013799, 0.000444, 0.006233, 0.001347, 0.002775, 0.005358, 0.000529, 0.0011, 0.001714, 0.000407, 0.007916, 2.8e-05, 9.9e-05, 0.000581, 0.000168, 0.015953, 0.000238, 0.000131, 4.7e-05, 0.00104, 0.003385]
965	82	test_mae	9.0592
966	82	test_mse	200.1104
967	82	best_epoch	8
968	82	epochs	8
969	82	seconds	95.418
970	82	device	"cpu"
971	82	worker	"vm:17367"
972	82	val_accuracy	0.1472
973	82	val_mae	9.1956
974	82	val_mse	197.258
975	82	test_accuracy	0.1524
976	82	mean_distribution	[0.055404, 9e-06, 1.9e-05, 0.032258, 2e-06, 3.6e-05, 8e-06, 0.021046, 0.002115, 2.7e-05, 1.6e-05, 0.001321, 3.7e-05, 1.4e-05, 0.010359, 0.001367, 0.000578, 2.2e-05, 0.008108, 0.031134, 0.000131, 0.00621, 7.6e-05, 1.8e-05, 0.099031, 0.307158, 0.000104, 0.000175, 0.000254, 0.0576, 0.000148, 0.006681, 6.7e-05, 0.00082, 0.087722, 0.001501, 7.2e-05, 0.00046, 0.004436, 0.029828, 0.000386, 7.5e-05, 0.000172, 0.000459, 0.037553, 0.000469, 0.00011, 0.00046, 0.002492, 0.025362, 0.004132, 0.003792, 0.004883, 0.010019, 0.002911, 0.001218, 0.000986, 0.019712, 0.00192, 0.004443, 0.001936, 0.000606, 0.007157, 0.000616, 0.024722, 0.007178, 0.000974, 0.005171, 0.000421, 0.013799, 0.000444, 0.006233, 0.001347, 0.002775, 0.005358, 0.000529, 0.0011, 0.001714, 0.000407, 0.007916, 2.8e-05, 9.9e-05, 0.000581, 0.000168, 0.015953, 0.000238, 0.000131, 4.7e-05, 0.00104, 0.003385]
977	82	run	17
978	83	n	6
979	83	seeds	[0, 1, 2, 3, 4, 5]
980	83	val_accuracy_mean	0.1282
981	83	val_accuracy_std	0.017449813752587733
982	83	val_mae_mean	9.588666666666667
983	83	val_mae_std	0.4609074643208402
984	83	val_mse_mean	215.95253333333335
985	83	val_mse_std	19.772668014880207
986	83	test_accuracy_mean	0.1322
987	83	test_accuracy_std	0.018465535464751624
988	83	test_mae_mean	9.508000000000001
989	83	test_mae_std	0.39142815432720207
990	83	test_mse_mean	221.18026666666665
991	83	test_mse_std	20.090348260462445
992	84	test_mae	9.0592
993	84	test_mse	200.1104
994	84	best_epoch	8
995	84	epochs	8
996	84	seconds	95.418
997	84	device	"cpu"
998	84	worker	"vm:17367"
999	84	val_accuracy	0.1472
1000	84	val_mae	9.1956
1001	84	val_mse	197.258
1002	84	test_accuracy	0.1524
1003	84	mean_distribution	[0.055404, 9e-06, 1.9e-05, 0.032258, 2e-06, 3.6e-05, 8e-06, 0.021046, 0.002115, 2.7e-05, 1.6e-05, 0.001321, 3.7e-05, 1.4e-05, 0.010359, 0.001367, 0.000578, 2.2e-05, 0.008108, 0.031134, 0.000131, 0.00621, 7.6e-05, 1.8e-05, 0.099031, 0.307158, 0.000104, 0.000175, 0.000254, 0.0576, 0.000148, 0.006681, 6.7e-05, 0.00082, 0.087722, 0.001501, 7.2e-05, 0.00046, 0.004436, 0.029828, 0.000386, 7.5e-05, 0.000172, 0.000459, 0.037553, 0.000469, 0.00011, 0.00046, 0.002492, 0.025362, 0.004132, 0.003792, 0.004883, 0.010019, 0.002911, 0.001218, 0.000986, 0.019712, 0.00192, 0.004443, 0.001936, 0.000606, 0.007157, 0.000616, 0.024722, 0.007178, 0.000974, 0.005171, 0.000421, 0.013799, 0.000444, 0.006233, 0.001347, 0.002775, 0.005358, 0.000529, 0.0011, 0.001714, 0.000407, 0.007916, 2.8e-05, 9.9e-05, 0.000581, 0.000168, 0.015953, 0.000238, 0.000131, 4.7e-05, 0.00104, 0.003385]
1004	84	run	17
1005	85	n	6
1006	85	seeds	[0, 1, 2, 3, 4, 5]
1007	85	val_accuracy_mean	0.1282
1008	85	val_accuracy_std	0.017449813752587733
1009	85	val_mae_mean	9.588666666666667
1010	85	val_mae_std	0.4609074643208402
1011	85	val_mse_mean	215.95253333333335
1012	85	val_mse_std	19.772668014880207
1013	85	test_accuracy_mean	0.1322
1014	85	test_accuracy_std	0.018465535464751624
1015	85	test_mae_mean	9.508000000000001
1016	85	test_mae_std	0.39142815432720207
1017	85	test_mse_mean	221.18026666666665
1018	85	test_mse_std	20.090348260462445
1019	86	test_mae	9.0592
1020	86	test_mse	200.1104
1021	86	best_epoch	8
1022	86	epochs	8
1023	86	seconds	95.418
1024	86	device	"cpu"
1025	86	worker	"vm:17367"
1026	86	val_accuracy	0.1472
1027	86	val_mae	9.1956
1028	86	val_mse	197.258
1029	86	test_accuracy	0.1524
1030	86	mean_distribution	[0.055404, 9e-06, 1.9e-05, 0.032258, 2e-06, 3.6e-05, 8e-06, 0.021046, 0.002115, 2.7e-05, 1.6e-05, 0.001321, 3.7e-05, 1.4e-05, 0.010359, 0.001367, 0.000578, 2.2e-05, 0.008108, 0.031134, 0.000131, 0.00621, 7.6e-05, 1.8e-05, 0.099031, 0.307158, 0.000104, 0.000175, 0.000254, 0.0576, 0.000148, 0.006681, 6.7e-05, 0.00082, 0.087722, 0.001501, 7.2e-05, 0.00046, 0.004436, 0.029828, 0.000386, 7.5e-05, 0.000172, 0.000459, 0.037553, 0.000469, 0.00011, 0.00046, 0.002492, 0.025362, 0.004132, 0.003792, 0.004883, 0.010019, 0.002911, 0.001218, 0.000986, 0.019712, 0.00192, 0.004443, 0.001936, 0.000606, 0.007157, 0.000616, 0.024722, 0.007178, 0.000974, 0.005171, 0.000421, 0.013799, 0.000444, 0.006233, 0.001347, 0.002775, 0.005358, 0.000529, 0.0011, 0.001714, 0.000407, 0.007916, 2.8e-05, 9.9e-05, 0.000581, 0.000168, 0.015953, 0.000238, 0.000131, 4.7e-05, 0.00104, 0.003385]
1031	86	run	17
1032	87	n	6
1033	87	seeds	[0, 1, 2, 3, 4, 5]
1034	87	val_accuracy_mean	0.1282
1035	87	val_accuracy_std	0.017449813752587733
1036	87	val_mae_mean	9.588666666666667
1037	87	val_mae_std	0.4609074643208402
1038	87	val_mse_mean	215.95253333333335
1039	87	val_mse_std	19.772668014880207
1057	19	mean_distribution	[0.087938, 0.000162, 0.000123, 0.000307, 0.000646, 0.00014, 0.000153, 0.044146, 0.000226, 0.003598, 1.8e-05, 0.000102, 0.000585, 4.8e-05, 3.5e-05, 0.02019, 6.3e-05, 7.2e-05, 6.8e-05, 0.000119, 3.1e-05, 4.5e-05, 5.8e-05, 0.000122, 0.001826, 0.369283, 0.000663, 0.001556, 0.00054, 0.000298, 0.00029, 0.001485, 0.00053, 0.003741, 0.069864, 0.000617, 0.00375, 0.008066, 0.018156, 0.000736, 0.001244, 0.001208, 2.8e-05, 6.3e-05, 0.015368, 0.015545, 0.003388, 0.004244, 0.0004, 0.0662, 0.010222, 0.004531, 0.026236, 0.056686, 0.008049, 0.004016, 0.018367, 0.007098, 0.010049, 0.009808, 0.002972, 0.003676, 0.003519, 0.011449, 0.01473, 0.003054, 0.003099, 0.003593, 0.001348, 0.00627, 0.002518, 0.006234, 0.003093, 0.002308, 0.003675, 0.002369, 0.00124, 0.002064, 0.00019, 0.010852, 0.000155, 0.000148, 0.000264, 7.2e-05, 0.007754, 7e-05, 2.7e-05, 2.9e-05, 6.8e-05, 1.1e-05]
1058	88	best_epoch	7
1059	88	epochs	8
1060	88	seconds	109.71
1061	88	device	"cpu"
1062	88	val_accuracy	0.1472
1063	88	val_mae	9.568
1064	88	val_mse	223.1176
1065	88	test_accuracy	0.1532
1066	88	test_mae	9.2732
1067	88	test_mse	221.0212
1068	88	worker	"vm:17368"
1069	88	mean_distribution	[0.087938, 0.000162, 0.000123, 0.000307, 0.000646, 0.00014, 0.000153, 0.044146, 0.000226, 0.003598, 1.8e-05, 0.000102, 0.000585, 4.8e-05, 3.5e-05, 0.02019, 6.3e-05, 7.2e-05, 6.8e-05, 0.000119, 3.1e-05, 4.5e-05, 5.8e-05, 0.000122, 0.001826, 0.369283, 0.000663, 0.001556, 0.00054, 0.000298, 0.00029, 0.001485, 0.00053, 0.003741, 0.069864, 0.000617, 0.00375, 0.008066, 0.018156, 0.000736, 0.001244, 0.001208, 2.8e-05, 6.3e-05, 0.015368, 0.015545, 0.003388, 0.004244, 0.0004, 0.0662, 0.010222, 0.004531, 0.026236, 0.056686, 0.008049, 0.004016, 0.018367, 0.007098, 0.010049, 0.009808, 0.002972, 0.003676, 0.003519, 0.011449, 0.01473, 0.003054, 0.003099, 0.003593, 0.001348, 0.00627, 0.002518, 0.006234, 0.003093, 0.002308, 0.003675, 0.002369, 0.00124, 0.002064, 0.00019, 0.010852, 0.000155, 0.000148, 0.000264, 7.2e-05, 0.007754, 7e-05, 2.7e-05, 2.9e-05, 6.8e-05, 1.1e-05]
1070	88	run	18
1071	89	best_epoch	7
1072	89	epochs	8
1073	89	seconds	109.71
1074	89	device	"cpu"
1075	89	val_accuracy	0.1472
1076	89	val_mae	9.568
1077	89	val_mse	223.1176
1078	89	test_accuracy	0.1532
1079	89	test_mae	9.2732
1080	89	test_mse	221.0212
1081	89	worker	"vm:17368"
1082	89	mean_distribution	[0.087938, 0.000162, 0.000123, 0.000307, 0.000646, 0.00014, 0.000153, 0.044146, 0.000226, 0.003598, 1.8e-05, 0.000102, 0.000585, 4.8e-05, 3.5e-05, 0.02019, 6.3e-05, 7.2e-05, 6.8e-05, 0.000119, 3.1e-05, 4.5e-05, 5.8e-05, 0.000122, 0.001826, 0.369283, 0.000663, 0.001556, 0.00054, 0.000298, 0.00029, 0.001485, 0.00053, 0.003741, 0.069864, 0.000617, 0.00375, 0.008066, 0.018156, 0.000736, 0.001244, 0.001208, 2.8e-05, 6.3e-05, 0.015368, 0.015545, 0.003388, 0.004244, 0.0004, 0.0662, 0.010222, 0.004531, 0.026236, 0.056686, 0.008049, 0.004016, 0.018367, 0.007098, 0.010049, 0.009808, 0.002972, 0.003676, 0.003519, 0.011449, 0.01473, 0.003054, 0.003099, 0.003593, 0.001348, 0.00627, 0.002518, 0.006234, 0.003093, 0.002308, 0.003675, 0.002369, 0.00124, 0.002064, 0.00019, 0.010852, 0.000155, 0.000148, 0.000264, 7.2e-05, 0.007754, 7e-05, 2.7e-05, 2.9e-05, 6.8e-05, 1.1e-05]
1083	89	run	18
1084	90	best_epoch	7
1085	90	epochs	8
1086	90	seconds	109.71
1087	90	device	"cpu"
1088	90	val_accuracy	0.1472
1089	90	val_mae	9.568
1090	90	val_mse	223.1176
1091	90	test_accuracy	0.1532
1092	90	test_mae	9.2732
1093	90	test_mse	221.0212
1094	90	worker	"vm:17368"
1095	90	mean_distribution	[0.087938, 0.000162, 0.000123, 0.000307, 0.000646, 0.00014, 0.000153, 0.044146, 0.000226, 0.003598, 1.8e-05, 0.000102, 0.000585, 4.8e-05, 3.5e-05, 0.02019, 6.3e-05, 7.2e-05, 6.8e-05, 0.000119, 3.1e-05, 4.5e-05, 5.8e-05, 0.000122, 0.001826, 0.369283, 0.000663, 0.001556, 0.00054, 0.000298, 0.00029, 0.001485, 0.00053, 0.003741, 0.069864, 0.000617, 0.00375, 0.008066, 0.018156, 0.000736, 0.001244, 0.001208, 2.8e-05, 6.3e-05, 0.015368, 0.015545, 0.003388, 0.004244, 0.0004, 0.0662, 0.010222, 0.004531, 0.026236, 0.056686, 0.008049, 0.004016, 0.018367, 0.007098, 0.010049, 0.009808, 0.002972, 0.003676, 0.003519, 0.011449, 0.01473, 0.003054, 0.003099, 0.003593, 0.001348, 0.00627, 0.002518, 0.006234, 0.003093, 0.002308, 0.003675, 0.002369, 0.00124, 0.002064, 0.00019, 0.010852, 0.000155, 0.000148, 0.000264, 7.2e-05, 0.007754, 7e-05, 2.7e-05, 2.9e-05, 6.8e-05, 1.1e-05]
1096	90	run	18
1097	21	worker	"vm:17368"
1098	20	val_accuracy	0.0688
1099	20	val_mae	9.7188
1100	20	val_mse	229.0572
1101	20	test_accuracy	0.0608
1102	20	test_mae	9.6988
1103	20	test_mse	239.5164
1104	20	best_epoch	7
1105	20	epochs	8
1106	20	seconds	108.125
1107	20	device	"cpu"
1108	20	mean_distribution	[0.000332, 0.085114, 0.000926, 0.000179, 4.1e-05, 0.000351, 0.040478, 0.00022, 0.010141, 0.006094, 0.003622, 2.9e-05, 2.4e-05, 0.005487, 4.3e-05, 0.000314, 5.2e-05, 2.3e-05, 1.1e-05, 1e-05, 2.1e-05, 0.000383, 6e-06, 1e-05, 0.10155, 0.034776, 0.145575, 3.6e-05, 0.000461, 0.000135, 0.000215, 8.9e-05, 0.000577, 0.04084, 0.100663, 0.000121, 0.0201, 0.005895, 0.001157, 0.001764, 0.010952, 0.000368, 0.00017, 0.005731, 0.00028, 0.013578, 0.001005, 0.000558, 0.026912, 0.035856, 0.011256, 0.015524, 0.034732, 0.021602, 0.013042, 0.008278, 0.003243, 0.017677, 0.005703, 0.018714, 0.002754, 0.007641, 0.004341, 0.0187, 0.011829, 0.027423, 0.00593, 0.004905, 0.003009, 0.005851, 0.002842, 0.002762, 0.000739, 0.012217, 0.005871, 0.002848, 0.001086, 0.004637, 0.00051, 5.6e-05, 1.3e-05, 0.000796, 6.4e-05, 0.000251, 0.019821, 1.2e-05, 1.6e-05, 1.3e-05, 1.5e-05, 6e-06]
1109	91	worker	"vm:17367"
1110	91	val_accuracy	0.0688
1111	91	val_mae	9.7188
1112	91	val_mse	229.0572
1113	91	test_accuracy	0.0608
1114	91	test_mae	9.6988
1115	91	test_mse	239.5164
1116	91	best_epoch	7
1117	91	epochs	8
1118	91	seconds	108.125
1119	91	device	"cpu"
1149	21	val_accuracy	0.0608
1150	21	val_mae	9.2808
1151	21	val_mse	208.9352
1152	21	test_accuracy	0.0632
1153	21	test_mae	8.936
1120	91	mean_distribution	[0.000332, 0.085114, 0.000926, 0.000179, 4.1e-05, 0.000351, 0.040478, 0.00022, 0.010141, 0.006094, 0.003622, 2.9e-05, 2.4e-05, 0.005487, 4.3e-05, 0.000314, 5.2e-05, 2.3e-05, 1.1e-05, 1e-05, 2.1e-05, 0.000383, 6e-06, 1e-05, 0.10155, 0.034776, 0.145575, 3.6e-05, 0.000461, 0.000135, 0.000215, 8.9e-05, 0.000577, 0.04084, 0.100663, 0.000121, 0.0201, 0.005895, 0.001157, 0.001764, 0.010952, 0.000368, 0.00017, 0.005731, 0.00028, 0.013578, 0.001005, 0.000558, 0.026912, 0.035856, 0.011256, 0.015524, 0.034732, 0.021602, 0.013042, 0.008278, 0.003243, 0.017677, 0.005703, 0.018714, 0.002754, 0.007641, 0.004341, 0.0187, 0.011829, 0.027423, 0.00593, 0.004905, 0.003009, 0.005851, 0.002842, 0.002762, 0.000739, 0.012217, 0.005871, 0.002848, 0.001086, 0.004637, 0.00051, 5.6e-05, 1.3e-05, 0.000796, 6.4e-05, 0.000251, 0.019821, 1.2e-05, 1.6e-05, 1.3e-05, 1.5e-05, 6e-06]
1121	91	run	19
1122	92	worker	"vm:17367"
1123	92	val_accuracy	0.0688
1124	92	val_mae	9.7188
1125	92	val_mse	229.0572
1126	92	test_accuracy	0.0608
1127	92	test_mae	9.6988
1128	92	test_mse	239.5164
1129	92	best_epoch	7
1130	92	epochs	8
1131	92	seconds	108.125
1132	92	device	"cpu"
1133	92	mean_distribution	[0.000332, 0.085114, 0.000926, 0.000179, 4.1e-05, 0.000351, 0.040478, 0.00022, 0.010141, 0.006094, 0.003622, 2.9e-05, 2.4e-05, 0.005487, 4.3e-05, 0.000314, 5.2e-05, 2.3e-05, 1.1e-05, 1e-05, 2.1e-05, 0.000383, 6e-06, 1e-05, 0.10155, 0.034776, 0.145575, 3.6e-05, 0.000461, 0.000135, 0.000215, 8.9e-05, 0.000577, 0.04084, 0.100663, 0.000121, 0.0201, 0.005895, 0.001157, 0.001764, 0.010952, 0.000368, 0.00017, 0.005731, 0.00028, 0.013578, 0.001005, 0.000558, 0.026912, 0.035856, 0.011256, 0.015524, 0.034732, 0.021602, 0.013042, 0.008278, 0.003243, 0.017677, 0.005703, 0.018714, 0.002754, 0.007641, 0.004341, 0.0187, 0.011829, 0.027423, 0.00593, 0.004905, 0.003009, 0.005851, 0.002842, 0.002762, 0.000739, 0.012217, 0.005871, 0.002848, 0.001086, 0.004637, 0.00051, 5.6e-05, 1.3e-05, 0.000796, 6.4e-05, 0.000251, 0.019821, 1.2e-05, 1.6e-05, 1.3e-05, 1.5e-05, 6e-06]
1134	92	run	19
1135	93	worker	"vm:17367"
1136	93	val_accuracy	0.0688
1137	93	val_mae	9.7188
1138	93	val_mse	229.0572
1139	93	test_accuracy	0.0608
1140	93	test_mae	9.6988
1141	93	test_mse	239.5164
1142	93	best_epoch	7
1143	93	epochs	8
1144	93	seconds	108.125
1145	93	device	"cpu"
1146	93	mean_distribution	[0.000332, 0.085114, 0.000926, 0.000179, 4.1e-05, 0.000351, 0.040478, 0.00022, 0.010141, 0.006094, 0.003622, 2.9e-05, 2.4e-05, 0.005487, 4.3e-05, 0.000314, 5.2e-05, 2.3e-05, 1.1e-05, 1e-05, 2.1e-05, 0.000383, 6e-06, 1e-05, 0.10155, 0.034776, 0.145575, 3.6e-05, 0.000461, 0.000135, 0.000215, 8.9e-05, 0.000577, 0.04084, 0.100663, 0.000121, 0.0201, 0.005895, 0.001157, 0.001764, 0.010952, 0.000368, 0.00017, 0.005731, 0.00028, 0.013578, 0.001005, 0.000558, 0.026912, 0.035856, 0.011256, 0.015524, 0.034732, 0.021602, 0.013042, 0.008278, 0.003243, 0.017677, 0.005703, 0.018714, 0.002754, 0.007641, 0.004341, 0.0187, 0.011829, 0.027423, 0.00593, 0.004905, 0.003009, 0.005851, 0.002842, 0.002762, 0.000739, 0.012217, 0.005871, 0.002848, 0.001086, 0.004637, 0.00051, 5.6e-05, 1.3e-05, 0.000796, 6.4e-05, 0.000251, 0.019821, 1.2e-05, 1.6e-05, 1.3e-05, 1.5e-05, 6e-06]
1147	93	run	19
1148	22	worker	"vm:17367"
1200	22	val_accuracy	0.1064
1201	22	val_mae	9.4244
1202	22	val_mse	206.2484
1203	22	test_accuracy	0.1096
1204	22	test_mae	9.4644
1205	22	test_mse	230.4244
1206	22	best_epoch	6
1207	22	epochs	8
1208	22	seconds	186.843
1209	22	device	"cpu"
1210	22	mean_distribution	[5.5e-05, 0.059031, 6.6e-05, 7.5e-05, 0.008041, 0.008703, 0.016761, 5.9e-05, 0.003253, 0.007757, 0.000206, 0.000194, 0.000576, 0.004129, 2.7e-05, 0.004392, 1.1e-05, 8e-06, 8.5e-05, 9e-06, 5.1e-05, 4.8e-05, 0.000232, 0.063325, 0.001736, 0.225582, 0.111152, 0.007446, 6.2e-05, 0.000363, 0.000252, 0.001068, 0.000372, 0.003845, 0.089438, 0.006843, 0.000764, 0.027588, 0.009438, 0.003562, 2.1e-05, 0.004155, 1e-05, 0.000115, 0.000781, 0.043192, 0.000122, 0.000494, 0.006922, 0.017039, 0.057391, 0.033641, 0.008684, 0.02677, 0.005088, 0.002797, 0.010556, 0.005283, 0.011855, 0.004401, 0.002969, 0.001859, 0.004447, 0.002257, 0.010008, 0.008799, 0.001002, 0.00538, 0.000403, 0.000846, 0.002721, 0.001216, 0.000525, 0.001094, 0.013839, 0.001775, 0.000579, 0.015614, 4.8e-05, 0.000268, 8.9e-05, 0.000253, 0.00023, 0.000573, 0.017121, 7e-05, 1e-05, 6.2e-05, 1.6e-05, 6e-06]
1262	100	val_accuracy	0.1084
1263	100	val_mae	9.244
1264	100	val_mse	193.1712
1265	100	test_accuracy	0.118
1266	100	test_mae	8.9892
1267	100	test_mse	193.3652
1268	100	best_epoch	8
1269	100	epochs	8
1270	100	seconds	168.73
1271	100	device	"cpu"
1272	100	mean_distribution	[9e-06, 0.075325, 6e-06, 7e-06, 7.8e-05, 3.1e-05, 0.002405, 5.5e-05, 3e-06, 0.038544, 0.000258, 2.2e-05, 7.3e-05, 0.0002, 0.00997, 7.3e-05, 6e-06, 7e-06, 4e-06, 1.6e-05, 0.000102, 2.1e-05, 2.3e-05, 0.000109, 0.009054, 0.211796, 0.000478, 0.005746, 0.0002, 0.000889, 0.001129, 0.000451, 2.3e-05, 0.000306, 0.135862, 0.023542, 0.000291, 0.00018, 0.067226, 0.002043, 0.001465, 9e-06, 0.00015, 0.000202, 0.017219, 0.00059, 0.013198, 0.000265, 0.006094, 0.078488, 0.000668, 0.003179, 0.046109, 0.008836, 0.016352, 0.027302, 0.009981, 0.028329, 0.016138, 0.010688, 0.009437, 0.001396, 0.002172, 0.006998, 0.020826, 0.016181, 0.005714, 0.001985, 0.000859, 0.004349, 0.003945, 0.003893, 0.011719, 0.002108, 0.002933, 0.001715, 0.001167, 0.003254, 0.000287, 0.016177, 0.000263, 0.000362, 2.4e-05, 7.5e-05, 0.009385, 0.000142, 3.4e-05, 5.4e-05, 0.000712, 9e-06]
1273	100	worker	"vm:17368"
1274	100	run	22
1275	101	val_accuracy	0.1084
1276	101	val_mae	9.244
1277	101	val_mse	193.1712
1278	101	test_accuracy	0.118
1279	101	test_mae	8.9892
1280	101	test_mse	193.3652
1281	101	best_epoch	8
1282	101	epochs	8
1283	101	seconds	168.73
1284	101	device	"cpu"
1312	103	val_accuracy	0.1416
1313	103	val_mae	9.1268
1314	103	val_mse	198.3148
1315	103	test_accuracy	0.142
1316	103	test_mae	8.9712
1317	103	test_mse	197.272
1159	21	mean_distribution	[0.000128, 0.070963, 8.3e-05, 5.9e-05, 0.000364, 0.000603, 0.000103, 0.0532, 0.000431, 0.001431, 2.2e-05, 0.01291, 5.5e-05, 9.5e-05, 0.000256, 3.5e-05, 5.1e-05, 1.4e-05, 7e-06, 5.6e-05, 2.9e-05, 1.6e-05, 0.000201, 0.000296, 0.199801, 0.000811, 0.166007, 0.016434, 0.000408, 0.000299, 0.001308, 0.000586, 0.000151, 0.078138, 0.029021, 0.004682, 0.018464, 0.000148, 0.013784, 0.028406, 0.00022, 7e-05, 0.000296, 0.000646, 0.000427, 0.021323, 0.004152, 0.001989, 0.001311, 0.020695, 0.046115, 0.019863, 0.02107, 0.022801, 0.005616, 0.004787, 0.01414, 0.010743, 0.004543, 0.009985, 0.00255, 0.003233, 0.006856, 0.003358, 0.006297, 0.003305, 0.003689, 0.001338, 0.006598, 0.006391, 0.001743, 0.004866, 0.000671, 0.004034, 0.008088, 0.004528, 0.00117, 0.00605, 0.000539, 0.00078, 0.000423, 7.8e-05, 0.000187, 0.001288, 0.008896, 7.7e-05, 2.9e-05, 0.002198, 7.7e-05, 1.7e-05]
1160	94	test_mse	198.464
1161	94	best_epoch	7
1162	94	epochs	8
1163	94	seconds	161.321
1164	94	device	"cpu"
1165	94	worker	"vm:17368"
1166	94	val_accuracy	0.0608
1167	94	val_mae	9.2808
1168	94	val_mse	208.9352
1169	94	test_accuracy	0.0632
1170	94	test_mae	8.936
1171	94	mean_distribution	[0.000128, 0.070963, 8.3e-05, 5.9e-05, 0.000364, 0.000603, 0.000103, 0.0532, 0.000431, 0.001431, 2.2e-05, 0.01291, 5.5e-05, 9.5e-05, 0.000256, 3.5e-05, 5.1e-05, 1.4e-05, 7e-06, 5.6e-05, 2.9e-05, 1.6e-05, 0.000201, 0.000296, 0.199801, 0.000811, 0.166007, 0.016434, 0.000408, 0.000299, 0.001308, 0.000586, 0.000151, 0.078138, 0.029021, 0.004682, 0.018464, 0.000148, 0.013784, 0.028406, 0.00022, 7e-05, 0.000296, 0.000646, 0.000427, 0.021323, 0.004152, 0.001989, 0.001311, 0.020695, 0.046115, 0.019863, 0.02107, 0.022801, 0.005616, 0.004787, 0.01414, 0.010743, 0.004543, 0.009985, 0.00255, 0.003233, 0.006856, 0.003358, 0.006297, 0.003305, 0.003689, 0.001338, 0.006598, 0.006391, 0.001743, 0.004866, 0.000671, 0.004034, 0.008088, 0.004528, 0.00117, 0.00605, 0.000539, 0.00078, 0.000423, 7.8e-05, 0.000187, 0.001288, 0.008896, 7.7e-05, 2.9e-05, 0.002198, 7.7e-05, 1.7e-05]
1172	94	run	20
1173	95	test_mse	198.464
1174	95	best_epoch	7
1175	95	epochs	8
1176	95	seconds	161.321
1177	95	device	"cpu"
1178	95	worker	"vm:17368"
1179	95	val_accuracy	0.0608
1180	95	val_mae	9.2808
1181	95	val_mse	208.9352
1182	95	test_accuracy	0.0632
1183	95	test_mae	8.936
1184	95	mean_distribution	[0.000128, 0.070963, 8.3e-05, 5.9e-05, 0.000364, 0.000603, 0.000103, 0.0532, 0.000431, 0.001431, 2.2e-05, 0.01291, 5.5e-05, 9.5e-05, 0.000256, 3.5e-05, 5.1e-05, 1.4e-05, 7e-06, 5.6e-05, 2.9e-05, 1.6e-05, 0.000201, 0.000296, 0.199801, 0.000811, 0.166007, 0.016434, 0.000408, 0.000299, 0.001308, 0.000586, 0.000151, 0.078138, 0.029021, 0.004682, 0.018464, 0.000148, 0.013784, 0.028406, 0.00022, 7e-05, 0.000296, 0.000646, 0.000427, 0.021323, 0.004152, 0.001989, 0.001311, 0.020695, 0.046115, 0.019863, 0.02107, 0.022801, 0.005616, 0.004787, 0.01414, 0.010743, 0.004543, 0.009985, 0.00255, 0.003233, 0.006856, 0.003358, 0.006297, 0.003305, 0.003689, 0.001338, 0.006598, 0.006391, 0.001743, 0.004866, 0.000671, 0.004034, 0.008088, 0.004528, 0.00117, 0.00605, 0.000539, 0.00078, 0.000423, 7.8e-05, 0.000187, 0.001288, 0.008896, 7.7e-05, 2.9e-05, 0.002198, 7.7e-05, 1.7e-05]
1185	95	run	20
1186	96	test_mse	198.464
1187	96	best_epoch	7
1188	96	epochs	8
1189	96	seconds	161.321
1190	96	device	"cpu"
1191	96	worker	"vm:17368"
1192	96	val_accuracy	0.0608
1193	96	val_mae	9.2808
1194	96	val_mse	208.9352
1195	96	test_accuracy	0.0632
1196	96	test_mae	8.936
1197	96	mean_distribution	[0.000128, 0.070963, 8.3e-05, 5.9e-05, 0.000364, 0.000603, 0.000103, 0.0532, 0.000431, 0.001431, 2.2e-05, 0.01291, 5.5e-05, 9.5e-05, 0.000256, 3.5e-05, 5.1e-05, 1.4e-05, 7e-06, 5.6e-05, 2.9e-05, 1.6e-05, 0.000201, 0.000296, 0.199801, 0.000811, 0.166007, 0.016434, 0.000408, 0.000299, 0.001308, 0.000586, 0.000151, 0.078138, 0.029021, 0.004682, 0.018464, 0.000148, 0.013784, 0.028406, 0.00022, 7e-05, 0.000296, 0.000646, 0.000427, 0.021323, 0.004152, 0.001989, 0.001311, 0.020695, 0.046115, 0.019863, 0.02107, 0.022801, 0.005616, 0.004787, 0.01414, 0.010743, 0.004543, 0.009985, 0.00255, 0.003233, 0.006856, 0.003358, 0.006297, 0.003305, 0.003689, 0.001338, 0.006598, 0.006391, 0.001743, 0.004866, 0.000671, 0.004034, 0.008088, 0.004528, 0.00117, 0.00605, 0.000539, 0.00078, 0.000423, 7.8e-05, 0.000187, 0.001288, 0.008896, 7.7e-05, 2.9e-05, 0.002198, 7.7e-05, 1.7e-05]
1198	96	run	20
1199	23	worker	"vm:17368"
1211	97	worker	"vm:17367"
1212	97	val_accuracy	0.1064
1213	97	val_mae	9.4244
1214	97	val_mse	206.2484
1215	97	test_accuracy	0.1096
1216	97	test_mae	9.4644
1217	97	test_mse	230.4244
1218	97	best_epoch	6
1219	97	epochs	8
1220	97	seconds	186.843
1221	97	device	"cpu"
1222	97	mean_distribution	[5.5e-05, 0.059031, 6.6e-05, 7.5e-05, 0.008041, 0.008703, 0.016761, 5.9e-05, 0.003253, 0.007757, 0.000206, 0.000194, 0.000576, 0.004129, 2.7e-05, 0.004392, 1.1e-05, 8e-06, 8.5e-05, 9e-06, 5.1e-05, 4.8e-05, 0.000232, 0.063325, 0.001736, 0.225582, 0.111152, 0.007446, 6.2e-05, 0.000363, 0.000252, 0.001068, 0.000372, 0.003845, 0.089438, 0.006843, 0.000764, 0.027588, 0.009438, 0.003562, 2.1e-05, 0.004155, 1e-05, 0.000115, 0.000781, 0.043192, 0.000122, 0.000494, 0.006922, 0.017039, 0.057391, 0.033641, 0.008684, 0.02677, 0.005088, 0.002797, 0.010556, 0.005283, 0.011855, 0.004401, 0.002969, 0.001859, 0.004447, 0.002257, 0.010008, 0.008799, 0.001002, 0.00538, 0.000403, 0.000846, 0.002721, 0.001216, 0.000525, 0.001094, 0.013839, 0.001775, 0.000579, 0.015614, 4.8e-05, 0.000268, 8.9e-05, 0.000253, 0.00023, 0.000573, 0.017121, 7e-05, 1e-05, 6.2e-05, 1.6e-05, 6e-06]
1223	97	run	21
1224	98	worker	"vm:17367"
1225	98	val_accuracy	0.1064
1226	98	val_mae	9.4244
1227	98	val_mse	206.2484
1228	98	test_accuracy	0.1096
1229	98	test_mae	9.4644
1230	98	test_mse	230.4244
1231	98	best_epoch	6
1232	98	epochs	8
1233	98	seconds	186.843
1234	98	device	"cpu"
1318	103	best_epoch	7
1319	103	epochs	8
1320	103	seconds	148.869
1321	103	device	"cpu"
1235	98	mean_distribution	[5.5e-05, 0.059031, 6.6e-05, 7.5e-05, 0.008041, 0.008703, 0.016761, 5.9e-05, 0.003253, 0.007757, 0.000206, 0.000194, 0.000576, 0.004129, 2.7e-05, 0.004392, 1.1e-05, 8e-06, 8.5e-05, 9e-06, 5.1e-05, 4.8e-05, 0.000232, 0.063325, 0.001736, 0.225582, 0.111152, 0.007446, 6.2e-05, 0.000363, 0.000252, 0.001068, 0.000372, 0.003845, 0.089438, 0.006843, 0.000764, 0.027588, 0.009438, 0.003562, 2.1e-05, 0.004155, 1e-05, 0.000115, 0.000781, 0.043192, 0.000122, 0.000494, 0.006922, 0.017039, 0.057391, 0.033641, 0.008684, 0.02677, 0.005088, 0.002797, 0.010556, 0.005283, 0.011855, 0.004401, 0.002969, 0.001859, 0.004447, 0.002257, 0.010008, 0.008799, 0.001002, 0.00538, 0.000403, 0.000846, 0.002721, 0.001216, 0.000525, 0.001094, 0.013839, 0.001775, 0.000579, 0.015614, 4.8e-05, 0.000268, 8.9e-05, 0.000253, 0.00023, 0.000573, 0.017121, 7e-05, 1e-05, 6.2e-05, 1.6e-05, 6e-06]
1236	98	run	21
1237	99	worker	"vm:17367"
1238	99	val_accuracy	0.1064
1239	99	val_mae	9.4244
1240	99	val_mse	206.2484
1241	99	test_accuracy	0.1096
1242	99	test_mae	9.4644
1243	99	test_mse	230.4244
1244	99	best_epoch	6
1245	99	epochs	8
1246	99	seconds	186.843
1247	99	device	"cpu"
1248	99	mean_distribution	[5.5e-05, 0.059031, 6.6e-05, 7.5e-05, 0.008041, 0.008703, 0.016761, 5.9e-05, 0.003253, 0.007757, 0.000206, 0.000194, 0.000576, 0.004129, 2.7e-05, 0.004392, 1.1e-05, 8e-06, 8.5e-05, 9e-06, 5.1e-05, 4.8e-05, 0.000232, 0.063325, 0.001736, 0.225582, 0.111152, 0.007446, 6.2e-05, 0.000363, 0.000252, 0.001068, 0.000372, 0.003845, 0.089438, 0.006843, 0.000764, 0.027588, 0.009438, 0.003562, 2.1e-05, 0.004155, 1e-05, 0.000115, 0.000781, 0.043192, 0.000122, 0.000494, 0.006922, 0.017039, 0.057391, 0.033641, 0.008684, 0.02677, 0.005088, 0.002797, 0.010556, 0.005283, 0.011855, 0.004401, 0.002969, 0.001859, 0.004447, 0.002257, 0.010008, 0.008799, 0.001002, 0.00538, 0.000403, 0.000846, 0.002721, 0.001216, 0.000525, 0.001094, 0.013839, 0.001775, 0.000579, 0.015614, 4.8e-05, 0.000268, 8.9e-05, 0.000253, 0.00023, 0.000573, 0.017121, 7e-05, 1e-05, 6.2e-05, 1.6e-05, 6e-06]
1249	99	run	21
1250	24	worker	"vm:17367"
1285	101	mean_distribution	[9e-06, 0.075325, 6e-06, 7e-06, 7.8e-05, 3.1e-05, 0.002405, 5.5e-05, 3e-06, 0.038544, 0.000258, 2.2e-05, 7.3e-05, 0.0002, 0.00997, 7.3e-05, 6e-06, 7e-06, 4e-06, 1.6e-05, 0.000102, 2.1e-05, 2.3e-05, 0.000109, 0.009054, 0.211796, 0.000478, 0.005746, 0.0002, 0.000889, 0.001129, 0.000451, 2.3e-05, 0.000306, 0.135862, 0.023542, 0.000291, 0.00018, 0.067226, 0.002043, 0.001465, 9e-06, 0.00015, 0.000202, 0.017219, 0.00059, 0.013198, 0.000265, 0.006094, 0.078488, 0.000668, 0.003179, 0.046109, 0.008836, 0.016352, 0.027302, 0.009981, 0.028329, 0.016138, 0.010688, 0.009437, 0.001396, 0.002172, 0.006998, 0.020826, 0.016181, 0.005714, 0.001985, 0.000859, 0.004349, 0.003945, 0.003893, 0.011719, 0.002108, 0.002933, 0.001715, 0.001167, 0.003254, 0.000287, 0.016177, 0.000263, 0.000362, 2.4e-05, 7.5e-05, 0.009385, 0.000142, 3.4e-05, 5.4e-05, 0.000712, 9e-06]
1286	101	worker	"vm:17368"
1287	101	run	22
1288	102	val_accuracy	0.1084
1289	102	val_mae	9.244
1290	102	val_mse	193.1712
1291	102	test_accuracy	0.118
1292	102	test_mae	8.9892
1293	102	test_mse	193.3652
1294	102	best_epoch	8
1295	102	epochs	8
1296	102	seconds	168.73
1297	102	device	"cpu"
1298	102	mean_distribution	[9e-06, 0.075325, 6e-06, 7e-06, 7.8e-05, 3.1e-05, 0.002405, 5.5e-05, 3e-06, 0.038544, 0.000258, 2.2e-05, 7.3e-05, 0.0002, 0.00997, 7.3e-05, 6e-06, 7e-06, 4e-06, 1.6e-05, 0.000102, 2.1e-05, 2.3e-05, 0.000109, 0.009054, 0.211796, 0.000478, 0.005746, 0.0002, 0.000889, 0.001129, 0.000451, 2.3e-05, 0.000306, 0.135862, 0.023542, 0.000291, 0.00018, 0.067226, 0.002043, 0.001465, 9e-06, 0.00015, 0.000202, 0.017219, 0.00059, 0.013198, 0.000265, 0.006094, 0.078488, 0.000668, 0.003179, 0.046109, 0.008836, 0.016352, 0.027302, 0.009981, 0.028329, 0.016138, 0.010688, 0.009437, 0.001396, 0.002172, 0.006998, 0.020826, 0.016181, 0.005714, 0.001985, 0.000859, 0.004349, 0.003945, 0.003893, 0.011719, 0.002108, 0.002933, 0.001715, 0.001167, 0.003254, 0.000287, 0.016177, 0.000263, 0.000362, 2.4e-05, 7.5e-05, 0.009385, 0.000142, 3.4e-05, 5.4e-05, 0.000712, 9e-06]
1299	102	worker	"vm:17368"
1300	102	run	22
1322	103	mean_distribution	[0.053013, 2e-05, 2.2e-05, 0.044173, 3e-06, 4.1e-05, 1e-05, 2.2e-05, 0.042805, 1.7e-05, 5.5e-05, 0.000255, 6e-06, 3e-06, 0.016276, 4.3e-05, 3.9e-05, 3e-06, 1.8e-05, 2.2e-05, 2.4e-05, 1.3e-05, 8e-06, 5e-06, 0.000381, 0.385392, 0.00042, 3.8e-05, 7.2e-05, 0.001408, 4.2e-05, 0.000628, 0.000336, 0.000329, 0.229452, 0.000331, 0.001346, 0.000537, 0.007858, 0.008322, 0.005078, 5e-05, 0.000184, 0.000303, 0.013034, 0.000102, 0.000143, 0.000535, 0.000519, 0.008768, 0.011871, 0.004846, 0.036581, 0.005243, 0.003089, 0.001344, 0.002781, 0.008851, 0.001247, 0.004072, 0.003701, 0.001041, 0.004236, 0.002803, 0.023745, 0.002075, 0.001701, 0.003289, 0.001663, 0.009666, 0.000527, 0.006174, 0.001317, 0.008958, 0.001705, 0.001694, 0.000308, 0.000805, 0.000339, 0.01198, 0.00012, 0.000751, 0.000274, 0.000141, 0.000113, 0.007681, 0.000725, 2e-05, 4e-06, 1.3e-05]
1323	103	worker	"vm:17367"
1324	103	run	23
1325	104	n	6
1326	104	seeds	[0, 1, 2, 3, 4, 5]
1327	104	val_accuracy_mean	0.10553333333333333
1328	104	val_accuracy_std	0.03576672569115975
1329	104	val_mae_mean	9.3938
1330	104	val_mae_std	0.2206377302276292
1331	104	val_mse_mean	209.8074
1332	104	val_mse_std	13.92829094411802
1333	104	test_accuracy_mean	0.1078
1334	104	test_accuracy_std	0.03882329197788358
1335	104	test_mae_mean	9.222133333333334
1336	104	test_mae_std	0.31228506635231
1337	104	test_mse_mean	213.34386666666668
1338	104	test_mse_std	19.5680863606707
1339	105	val_accuracy	0.1416
1340	105	val_mae	9.1268
1341	105	val_mse	198.3148
1342	105	test_accuracy	0.142
1343	105	test_mae	8.9712
1344	105	test_mse	197.272
1345	105	best_epoch	7
1346	105	epochs	8
1347	105	seconds	148.869
1348	105	device	"cpu"
1376	107	mean_distribution	[0.053013, 2e-05, 2.2e-05, 0.044173, 3e-06, 4.1e-05, 1e-05, 2.2e-05, 0.042805, 1.7e-05, 5.5e-05, 0.000255, 6e-06, 3e-06, 0.016276, 4.3e-05, 3.9e-05, 3e-06, 1.8e-05, 2.2e-05, 2.4e-05, 1.3e-05, 8e-06, 5e-06, 0.000381, 0.385392, 0.00042, 3.8e-05, 7.2e-05, 0.001408, 4.2e-05, 0.000628, 0.000336, 0.000329, 0.229452, 0.000331, 0.001346, 0.000537, 0.007858, 0.008322, 0.005078, 5e-05, 0.000184, 0.000303, 0.013034, 0.000102, 0.000143, 0.000535, 0.000519, 0.008768, 0.011871, 0.004846, 0.036581, 0.005243, 0.003089, 0.001344, 0.002781, 0.008851, 0.001247, 0.004072, 0.003701, 0.001041, 0.004236, 0.002803, 0.023745, 0.002075, 0.001701, 0.003289, 0.001663, 0.009666, 0.000527, 0.006174, 0.001317, 0.008958, 0.001705, 0.001694, 0.000308, 0.000805, 0.000339, 0.01198, 0.00012, 0.000751, 0.000274, 0.000141, 0.000113, 0.007681, 0.000725, 2e-05, 4e-06, 1.3e-05]
1377	107	worker	"vm:17367"
1378	107	run	23
1379	108	n	6
1380	108	seeds	[0, 1, 2, 3, 4, 5]
1381	108	val_accuracy_mean	0.10553333333333333
1382	108	val_accuracy_std	0.03576672569115975
1383	108	val_mae_mean	9.3938
1384	108	val_mae_std	0.2206377302276292
1385	108	val_mse_mean	209.8074
1386	108	val_mse_std	13.92829094411802
1387	108	test_accuracy_mean	0.1078
1388	108	test_accuracy_std	0.03882329197788358
1389	108	test_mae_mean	9.222133333333334
1390	108	test_mae_std	0.31228506635231
1391	108	test_mse_mean	213.34386666666668
1392	108	test_mse_std	19.5680863606707
\.


--
-- Data for Name: trial_values; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trial_values (trial_value_id, trial_id, objective, value, value_type) FROM stdin;
1	2	0	0.1452	FINITE
2	25	0	0.1452	FINITE
3	26	0	10.844	FINITE
4	27	0	278.3544	FINITE
5	1	0	0.1336	FINITE
6	28	0	0.1336	FINITE
7	29	0	10.638	FINITE
8	30	0	261.2996	FINITE
9	3	0	0.1452	FINITE
10	31	0	0.1452	FINITE
11	32	0	9.644	FINITE
12	33	0	214.8352	FINITE
13	4	0	0.1352	FINITE
14	34	0	0.1352	FINITE
15	35	0	10.2172	FINITE
16	36	0	245.4372	FINITE
17	5	0	0.0964	FINITE
18	37	0	0.0964	FINITE
19	38	0	10.0708	FINITE
20	39	0	232.1492	FINITE
21	6	0	0.12	FINITE
22	40	0	0.12	FINITE
23	41	0	0.12926666666666667	FINITE
24	42	0	10.1264	FINITE
25	43	0	10.256733333333333	FINITE
26	44	0	253.3272	FINITE
27	45	0	247.56713333333335	FINITE
28	7	0	0.108	FINITE
29	46	0	0.108	FINITE
30	47	0	9.6452	FINITE
31	48	0	212.3004	FINITE
32	8	0	0.1356	FINITE
33	49	0	0.1356	FINITE
34	50	0	10.6216	FINITE
35	51	0	252.6088	FINITE
36	9	0	0.1352	FINITE
37	52	0	0.1352	FINITE
38	53	0	9.2844	FINITE
39	54	0	196.4164	FINITE
40	10	0	0.1448	FINITE
41	55	0	0.1448	FINITE
42	56	0	9.4028	FINITE
43	57	0	203.4812	FINITE
44	11	0	0.09	FINITE
45	58	0	0.09	FINITE
46	59	0	10.1624	FINITE
47	60	0	235.9224	FINITE
48	12	0	0.13	FINITE
49	61	0	0.13	FINITE
50	62	0	0.12393333333333334	FINITE
51	63	0	9.4548	FINITE
52	64	0	9.761866666666668	FINITE
53	65	0	196.854	FINITE
54	66	0	216.26386666666667	FINITE
55	13	0	0.1216	FINITE
56	67	0	0.1216	FINITE
57	68	0	9.7492	FINITE
58	69	0	228.5268	FINITE
59	14	0	0.1456	FINITE
60	70	0	0.1456	FINITE
61	71	0	10.2792	FINITE
62	72	0	248.4488	FINITE
63	15	0	0.1128	FINITE
64	73	0	0.1128	FINITE
65	74	0	9.8992	FINITE
66	75	0	217.3808	FINITE
67	16	0	0.1364	FINITE
68	76	0	0.1364	FINITE
69	77	0	9.1228	FINITE
70	78	0	200.9084	FINITE
71	17	0	0.1056	FINITE
72	79	0	0.1056	FINITE
73	80	0	9.286	FINITE
74	81	0	203.1924	FINITE
75	18	0	0.1472	FINITE
76	82	0	0.1472	FINITE
77	83	0	0.1282	FINITE
78	84	0	9.1956	FINITE
79	85	0	9.588666666666667	FINITE
80	86	0	197.258	FINITE
81	87	0	215.95253333333335	FINITE
82	19	0	0.1472	FINITE
83	88	0	0.1472	FINITE
84	89	0	9.568	FINITE
85	90	0	223.1176	FINITE
86	20	0	0.0688	FINITE
87	91	0	0.0688	FINITE
88	92	0	9.7188	FINITE
89	93	0	229.0572	FINITE
90	21	0	0.0608	FINITE
91	94	0	0.0608	FINITE
92	95	0	9.2808	FINITE
93	96	0	208.9352	FINITE
94	22	0	0.1064	FINITE
95	97	0	0.1064	FINITE
96	98	0	9.4244	FINITE
97	99	0	206.2484	FINITE
98	23	0	0.1084	FINITE
99	100	0	0.1084	FINITE
100	101	0	9.244	FINITE
101	102	0	193.1712	FINITE
102	24	0	0.1416	FINITE
103	103	0	0.1416	FINITE
104	104	0	0.10553333333333333	FINITE
105	105	0	9.1268	FINITE
106	106	0	9.3938	FINITE
107	107	0	198.3148	FINITE
108	108	0	209.8074	FINITE
\.


--
-- Data for Name: trials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trials (trial_id, number, study_id, state, datetime_start, datetime_complete) FROM stdin;
3	2	1	COMPLETE	2026-11-27 04:50:02.252484	2026-11-27 04:56:49.458544
11	10	1	COMPLETE	2026-11-27 05:15:07.397844	2026-11-27 05:18:02.683178
31	2	2	COMPLETE	2026-11-27 04:56:49.652452	2026-11-27 04:56:49.652452
32	2	4	COMPLETE	2026-11-27 04:56:50.008317	2026-11-27 04:56:50.008317
58	10	2	COMPLETE	2026-11-27 05:18:02.756313	2026-11-27 05:18:02.756313
33	2	6	COMPLETE	2026-11-27 04:56:50.372699	2026-11-27 04:56:50.372699
76	15	2	COMPLETE	2026-11-27 05:23:15.383578	2026-11-27 05:23:15.383578
59	10	4	COMPLETE	2026-11-27 05:18:02.861665	2026-11-27 05:18:02.861665
4	3	1	COMPLETE	2026-11-27 04:50:10.084735	2026-11-27 04:57:55.310942
60	10	6	COMPLETE	2026-11-27 05:18:03.185489	2026-11-27 05:18:03.185489
22	21	1	COMPLETE	2026-11-27 05:26:40.064679	2026-11-27 05:29:47.020338
34	3	2	COMPLETE	2026-11-27 04:57:55.660844	2026-11-27 04:57:55.660844
12	11	1	COMPLETE	2026-11-27 05:15:32.507831	2026-11-27 05:18:24.725795
77	15	4	COMPLETE	2026-11-27 05:23:15.456605	2026-11-27 05:23:15.456605
35	3	4	COMPLETE	2026-11-27 04:57:56.104314	2026-11-27 04:57:56.104314
89	18	4	COMPLETE	2026-11-27 05:26:18.052929	2026-11-27 05:26:18.052929
78	15	6	COMPLETE	2026-11-27 05:23:15.52792	2026-11-27 05:23:15.52792
61	11	2	COMPLETE	2026-11-27 05:18:24.781523	2026-11-27 05:18:24.781523
36	3	6	COMPLETE	2026-11-27 04:57:56.356423	2026-11-27 04:57:56.356423
17	16	1	COMPLETE	2026-11-27 05:22:37.072425	2026-11-27 05:24:27.880945
5	4	1	COMPLETE	2026-11-27 04:56:50.737316	2026-11-27 05:03:44.992177
90	18	6	COMPLETE	2026-11-27 05:26:18.124353	2026-11-27 05:26:18.124353
24	23	1	COMPLETE	2026-11-27 05:29:47.749335	2026-11-27 05:32:16.690999
97	21	2	COMPLETE	2026-11-27 05:29:47.170102	2026-11-27 05:29:47.170102
37	4	2	COMPLETE	2026-11-27 05:03:45.169099	2026-11-27 05:03:45.169099
62	1	3	COMPLETE	2026-11-27 05:18:24.837829	2026-11-27 05:18:24.837829
38	4	4	COMPLETE	2026-11-27 05:03:45.348358	2026-11-27 05:03:45.348358
2	1	1	COMPLETE	2026-11-27 04:43:16.049038	2026-11-27 04:50:01.640522
25	0	2	COMPLETE	2026-11-27 04:50:01.734311	2026-11-27 04:50:01.734311
39	4	6	COMPLETE	2026-11-27 05:03:45.517349	2026-11-27 05:03:45.517349
26	0	4	COMPLETE	2026-11-27 04:50:01.880001	2026-11-27 04:50:01.880001
20	19	1	COMPLETE	2026-11-27 05:24:51.558513	2026-11-27 05:26:39.74453
27	0	6	COMPLETE	2026-11-27 04:50:02.024716	2026-11-27 04:50:02.024716
63	11	4	COMPLETE	2026-11-27 05:18:24.892931	2026-11-27 05:18:24.892931
1	0	1	COMPLETE	2026-11-27 04:43:14.689075	2026-11-27 04:50:08.704673
6	5	1	COMPLETE	2026-11-27 04:57:56.757597	2026-11-27 05:04:25.706747
28	1	2	COMPLETE	2026-11-27 04:50:08.972641	2026-11-27 04:50:08.972641
29	1	4	COMPLETE	2026-11-27 04:50:09.328418	2026-11-27 04:50:09.328418
30	1	6	COMPLETE	2026-11-27 04:50:09.728618	2026-11-27 04:50:09.728618
79	16	2	COMPLETE	2026-11-27 05:24:27.932974	2026-11-27 05:24:27.932974
40	5	2	COMPLETE	2026-11-27 05:04:25.840724	2026-11-27 05:04:25.840724
64	1	5	COMPLETE	2026-11-27 05:18:24.948255	2026-11-27 05:18:24.948255
41	0	3	COMPLETE	2026-11-27 05:04:26.060948	2026-11-27 05:04:26.060948
42	5	4	COMPLETE	2026-11-27 05:04:26.276807	2026-11-27 05:04:26.276807
43	0	5	COMPLETE	2026-11-27 05:04:26.444597	2026-11-27 05:04:26.444597
65	11	6	COMPLETE	2026-11-27 05:18:25.286032	2026-11-27 05:18:25.286032
44	5	6	COMPLETE	2026-11-27 05:04:26.655782	2026-11-27 05:04:26.655782
45	0	7	COMPLETE	2026-11-27 05:04:26.829421	2026-11-27 05:04:26.829421
7	6	1	COMPLETE	2026-11-27 05:03:45.702846	2026-11-27 05:08:44.12401
66	1	7	COMPLETE	2026-11-27 05:18:25.343661	2026-11-27 05:18:25.343661
46	6	2	COMPLETE	2026-11-27 05:08:44.288732	2026-11-27 05:08:44.288732
80	16	4	COMPLETE	2026-11-27 05:24:27.998841	2026-11-27 05:24:27.998841
47	6	4	COMPLETE	2026-11-27 05:08:44.596805	2026-11-27 05:08:44.596805
13	12	1	COMPLETE	2026-11-27 05:18:03.362818	2026-11-27 05:20:41.160914
48	6	6	COMPLETE	2026-11-27 05:08:44.883019	2026-11-27 05:08:44.883019
8	7	1	COMPLETE	2026-11-27 05:04:27.00507	2026-11-27 05:09:40.609
49	7	2	COMPLETE	2026-11-27 05:09:40.897834	2026-11-27 05:09:40.897834
67	12	2	COMPLETE	2026-11-27 05:20:41.257067	2026-11-27 05:20:41.257067
50	7	4	COMPLETE	2026-11-27 05:09:41.279004	2026-11-27 05:09:41.279004
51	7	6	COMPLETE	2026-11-27 05:09:41.525995	2026-11-27 05:09:41.525995
98	21	4	COMPLETE	2026-11-27 05:29:47.346393	2026-11-27 05:29:47.346393
9	8	1	COMPLETE	2026-11-27 05:08:45.304761	2026-11-27 05:15:06.600639
68	12	4	COMPLETE	2026-11-27 05:20:41.390384	2026-11-27 05:20:41.390384
52	8	2	COMPLETE	2026-11-27 05:15:06.750759	2026-11-27 05:15:06.750759
53	8	4	COMPLETE	2026-11-27 05:15:06.969612	2026-11-27 05:15:06.969612
81	16	6	COMPLETE	2026-11-27 05:24:28.061433	2026-11-27 05:24:28.061433
54	8	6	COMPLETE	2026-11-27 05:15:07.097938	2026-11-27 05:15:07.097938
91	19	2	COMPLETE	2026-11-27 05:26:39.810241	2026-11-27 05:26:39.810241
10	9	1	COMPLETE	2026-11-27 05:09:42.144067	2026-11-27 05:15:32.154056
69	12	6	COMPLETE	2026-11-27 05:20:41.479915	2026-11-27 05:20:41.479915
55	9	2	COMPLETE	2026-11-27 05:15:32.252539	2026-11-27 05:15:32.252539
18	17	1	COMPLETE	2026-11-27 05:23:15.607722	2026-11-27 05:24:51.101272
56	9	4	COMPLETE	2026-11-27 05:15:32.332973	2026-11-27 05:15:32.332973
14	13	1	COMPLETE	2026-11-27 05:18:25.429409	2026-11-27 05:21:16.305533
57	9	6	COMPLETE	2026-11-27 05:15:32.419588	2026-11-27 05:15:32.419588
70	13	2	COMPLETE	2026-11-27 05:21:16.365739	2026-11-27 05:21:16.365739
82	17	2	COMPLETE	2026-11-27 05:24:51.181525	2026-11-27 05:24:51.181525
71	13	4	COMPLETE	2026-11-27 05:21:16.450029	2026-11-27 05:21:16.450029
72	13	6	COMPLETE	2026-11-27 05:21:16.526486	2026-11-27 05:21:16.526486
15	14	1	COMPLETE	2026-11-27 05:20:41.584193	2026-11-27 05:22:36.791453
83	2	3	COMPLETE	2026-11-27 05:24:51.240235	2026-11-27 05:24:51.240235
73	14	2	COMPLETE	2026-11-27 05:22:36.844809	2026-11-27 05:22:36.844809
74	14	4	COMPLETE	2026-11-27 05:22:36.918502	2026-11-27 05:22:36.918502
92	19	4	COMPLETE	2026-11-27 05:26:39.892658	2026-11-27 05:26:39.892658
75	14	6	COMPLETE	2026-11-27 05:22:36.99598	2026-11-27 05:22:36.99598
16	15	1	COMPLETE	2026-11-27 05:21:16.613322	2026-11-27 05:23:15.298424
84	17	4	COMPLETE	2026-11-27 05:24:51.307811	2026-11-27 05:24:51.307811
103	23	2	COMPLETE	2026-11-27 05:32:16.749798	2026-11-27 05:32:16.749798
85	2	5	COMPLETE	2026-11-27 05:24:51.368459	2026-11-27 05:24:51.368459
93	19	6	COMPLETE	2026-11-27 05:26:39.971313	2026-11-27 05:26:39.971313
86	17	6	COMPLETE	2026-11-27 05:24:51.430927	2026-11-27 05:24:51.430927
87	2	7	COMPLETE	2026-11-27 05:24:51.489675	2026-11-27 05:24:51.489675
99	21	6	COMPLETE	2026-11-27 05:29:47.562206	2026-11-27 05:29:47.562206
19	18	1	COMPLETE	2026-11-27 05:24:28.137043	2026-11-27 05:26:17.914089
88	18	2	COMPLETE	2026-11-27 05:26:17.976238	2026-11-27 05:26:17.976238
21	20	1	COMPLETE	2026-11-27 05:26:18.198033	2026-11-27 05:28:59.734084
23	22	1	COMPLETE	2026-11-27 05:29:00.687903	2026-11-27 05:31:49.486117
94	20	2	COMPLETE	2026-11-27 05:28:59.978475	2026-11-27 05:28:59.978475
95	20	4	COMPLETE	2026-11-27 05:29:00.246662	2026-11-27 05:29:00.246662
105	23	4	COMPLETE	2026-11-27 05:32:16.884782	2026-11-27 05:32:16.884782
96	20	6	COMPLETE	2026-11-27 05:29:00.405955	2026-11-27 05:29:00.405955
100	22	2	COMPLETE	2026-11-27 05:31:49.551264	2026-11-27 05:31:49.551264
101	22	4	COMPLETE	2026-11-27 05:31:49.624513	2026-11-27 05:31:49.624513
102	22	6	COMPLETE	2026-11-27 05:31:49.70123	2026-11-27 05:31:49.70123
104	3	3	COMPLETE	2026-11-27 05:32:16.803968	2026-11-27 05:32:16.803968
106	3	5	COMPLETE	2026-11-27 05:32:16.934149	2026-11-27 05:32:16.934149
107	23	6	COMPLETE	2026-11-27 05:32:16.985437	2026-11-27 05:32:16.985437
108	3	7	COMPLETE	2026-11-27 05:32:17.03086	2026-11-27 05:32:17.03086
\.


--
-- Data for Name: version_info; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.version_info (version_info_id, schema_version, library_version) FROM stdin;
1	12	5.0.0
\.


--
-- Name: studies_study_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.studies_study_id_seq', 7, true);


--
-- Name: study_directions_study_direction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.study_directions_study_direction_id_seq', 7, true);


--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.study_system_attributes_study_system_attribute_id_seq', 56, true);


--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.study_user_attributes_study_user_attribute_id_seq', 43, true);


--
-- Name: trial_heartbeats_trial_heartbeat_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trial_heartbeats_trial_heartbeat_id_seq', 24, true);


--
-- Name: trial_intermediate_values_trial_intermediate_value_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trial_intermediate_values_trial_intermediate_value_id_seq', 1, false);


--
-- Name: trial_params_param_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trial_params_param_id_seq', 204, true);


--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trial_system_attributes_trial_system_attribute_id_seq', 1, false);


--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trial_user_attributes_trial_user_attribute_id_seq', 1392, true);


--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trial_values_trial_value_id_seq', 108, true);


--
-- Name: trials_trial_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.trials_trial_id_seq', 108, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: studies studies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.studies
    ADD CONSTRAINT studies_pkey PRIMARY KEY (study_id);


--
-- Name: study_directions study_directions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_directions
    ADD CONSTRAINT study_directions_pkey PRIMARY KEY (study_direction_id);


--
-- Name: study_directions study_directions_study_id_objective_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_directions
    ADD CONSTRAINT study_directions_study_id_objective_key UNIQUE (study_id, objective);


--
-- Name: study_system_attributes study_system_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_pkey PRIMARY KEY (study_system_attribute_id);


--
-- Name: study_system_attributes study_system_attributes_study_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_study_id_key_key UNIQUE (study_id, key);


--
-- Name: study_user_attributes study_user_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_pkey PRIMARY KEY (study_user_attribute_id);


--
-- Name: study_user_attributes study_user_attributes_study_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_study_id_key_key UNIQUE (study_id, key);


--
-- Name: trial_heartbeats trial_heartbeats_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_heartbeats
    ADD CONSTRAINT trial_heartbeats_pkey PRIMARY KEY (trial_heartbeat_id);


--
-- Name: trial_heartbeats trial_heartbeats_trial_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_heartbeats
    ADD CONSTRAINT trial_heartbeats_trial_id_key UNIQUE (trial_id);


--
-- Name: trial_intermediate_values trial_intermediate_values_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_intermediate_values
    ADD CONSTRAINT trial_intermediate_values_pkey PRIMARY KEY (trial_intermediate_value_id);


--
-- Name: trial_intermediate_values trial_intermediate_values_trial_id_step_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_intermediate_values
    ADD CONSTRAINT trial_intermediate_values_trial_id_step_key UNIQUE (trial_id, step);


--
-- Name: trial_params trial_params_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_pkey PRIMARY KEY (param_id);


--
-- Name: trial_params trial_params_trial_id_param_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_trial_id_param_name_key UNIQUE (trial_id, param_name);


--
-- Name: trial_system_attributes trial_system_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_pkey PRIMARY KEY (trial_system_attribute_id);


--
-- Name: trial_system_attributes trial_system_attributes_trial_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_trial_id_key_key UNIQUE (trial_id, key);


--
-- Name: trial_user_attributes trial_user_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_pkey PRIMARY KEY (trial_user_attribute_id);


--
-- Name: trial_user_attributes trial_user_attributes_trial_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_trial_id_key_key UNIQUE (trial_id, key);


--
-- Name: trial_values trial_values_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_pkey PRIMARY KEY (trial_value_id);


--
-- Name: trial_values trial_values_trial_id_objective_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_trial_id_objective_key UNIQUE (trial_id, objective);


--
-- Name: trials trials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trials
    ADD CONSTRAINT trials_pkey PRIMARY KEY (trial_id);


--
-- Name: version_info version_info_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.version_info
    ADD CONSTRAINT version_info_pkey PRIMARY KEY (version_info_id);


--
-- Name: ix_studies_study_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ix_studies_study_name ON public.studies USING btree (study_name);


--
-- Name: ix_trials_study_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_trials_study_id ON public.trials USING btree (study_id);


--
-- Name: study_directions study_directions_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_directions
    ADD CONSTRAINT study_directions_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: study_system_attributes study_system_attributes_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: study_user_attributes study_user_attributes_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: trial_heartbeats trial_heartbeats_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_heartbeats
    ADD CONSTRAINT trial_heartbeats_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_intermediate_values trial_intermediate_values_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_intermediate_values
    ADD CONSTRAINT trial_intermediate_values_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_params trial_params_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_system_attributes trial_system_attributes_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_user_attributes trial_user_attributes_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_values trial_values_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trials trials_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trials
    ADD CONSTRAINT trials_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- PostgreSQL database dump complete
--

\unrestrict wng1lxcgpf5WrUzZvQF6N7F4edUBz00HcPsnwhf2ku7mWbn2RP7U2YJNUSsIVZT

