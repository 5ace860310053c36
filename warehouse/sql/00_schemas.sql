create schema if not exists staging;
create schema if not exists core;
create schema if not exists marts;
create schema if not exists ops;
