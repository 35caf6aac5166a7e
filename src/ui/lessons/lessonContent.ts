// Everything the lessons show, in one lazily loaded chunk (the closed lessons rail needs none of it).
export { EXAMPLES, exampleById } from '../../lessons/examples';
export { EXERCISES, exerciseById } from '../../lessons/exercises';
